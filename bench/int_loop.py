# Integer loops: Collatz chain lengths, Euclid's gcd and digit sums.
# Exercises while/for loops, small-int arithmetic, comparisons and branches.
# All values stay below 2**29, so no big-int code is involved.

REPEAT = 4

def collatz_len(n):
    steps = 0
    while n != 1:
        if n & 1:
            n = 3 * n + 1
        else:
            n >>= 1
        steps += 1
    return steps

def gcd(a, b):
    while b:
        a, b = b, a % b
    return a

def digit_sum(n):
    s = 0
    while n:
        s += n % 10
        n //= 10
    return s

def work(rnd):
    best = 0
    best_n = 0
    for n in range(1, 3000):
        c = collatz_len(n)
        if c > best:
            best = c
            best_n = n
    g = 0
    for a in range(1, 120):
        for b in range(1, 60):
            g += gcd(a * 7, b * 3 + rnd)
    d = 0
    i = 0
    while i < 20000:
        d += digit_sum(i * 13)
        i += 1
    return best_n, best, g, d

def main():
    check = 0
    for rnd in range(REPEAT):
        best_n, best, g, d = work(rnd)
        check = (check * 31 + best_n + best + g * 7 + d) % 1000003
    print("collatz", best_n, best, "gcd", g, "digits", d)
    print("checksum", check)

main()
