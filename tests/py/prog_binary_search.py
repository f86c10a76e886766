# binary search and bisection helpers over sorted lists
# needs: bigint
def bisect_left(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo
def search(a, x):
    i = bisect_left(a, x)
    return i if i < len(a) and a[i] == x else -1
a = [i * 3 for i in range(100)]
print([search(a, x) for x in (0, 3, 297, 150, 151, -1, 300)])
print([bisect_left(a, x) for x in (-5, 0, 1, 298, 1000)])
words = sorted("pear apple fig kiwi banana cherry date grape".split())
print(words, search(words, "kiwi"), search(words, "lime"))
def isqrt(n):
    lo, hi = 0, n + 1
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if mid * mid <= n:
            lo = mid
        else:
            hi = mid
    return lo
print([isqrt(n) for n in (0, 1, 15, 16, 17, 99, 100, 10000, 123456)])
