# count N-queens solutions with backtracking over sets
def solve(n):
    count = 0
    cols, d1, d2 = set(), set(), set()
    def place(r):
        nonlocal count
        if r == n:
            count += 1
            return
        for c in range(n):
            if c in cols or (r - c) in d1 or (r + c) in d2:
                continue
            cols.add(c); d1.add(r - c); d2.add(r + c)
            place(r + 1)
            cols.remove(c); d1.remove(r - c); d2.remove(r + c)
    place(0)
    return count
for n in range(1, 8):
    print(n, solve(n))
def first_solution(n, row=0, placed=()):
    if row == n:
        return placed
    for c in range(n):
        if all(c != pc and abs(c - pc) != row - pr for pr, pc in enumerate(placed)):
            r = first_solution(n, row + 1, placed + (c,))
            if r:
                return r
    return None
sol = first_solution(6)
print(sol)
for c in sol:
    print("." * c + "Q" + "." * (5 - c))
