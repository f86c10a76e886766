# N-queens: count all solutions for boards 4..8 by recursive backtracking
# over bit masks, and list all solutions for 6 and 7 queens the slow way
# (nested loops over a list of queen columns, closures, append/pop).

REPEAT = 30

def count(n, row, cols, d1, d2):
    if row == n:
        return 1
    total = 0
    free = ~(cols | d1 | d2) & ((1 << n) - 1)
    while free:
        bit = free & -free
        free ^= bit
        total += count(n, row + 1, cols | bit, ((d1 | bit) << 1) & 0xFFFF, (d2 | bit) >> 1)
    return total

def solutions(n):
    sols = []
    def place(qs):
        r = len(qs)
        if r == n:
            sols.append(tuple(qs))
            return
        for c in range(n):
            ok = True
            for pr in range(r):
                pc = qs[pr]
                if pc == c or pc - c == pr - r or pc - c == r - pr:
                    ok = False
                    break
            if ok:
                qs.append(c)
                place(qs)
                qs.pop()
    place([])
    return sols

def main():
    check = 0
    for rnd in range(REPEAT):
        counts = [count(n, 0, 0, 0, 0) for n in range(4, 9)]
        s6 = solutions(6)
        s7 = solutions(7)
        check = (check * 31 + sum(counts) * 101 + sum(s7[rnd % 40]) + len(s6)) % 1000003
    print("counts", counts, "six", len(s6), s6[0], "seven", len(s7), s7[-1])
    print("checksum", check)

main()
