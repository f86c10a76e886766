# infinite generators consumed partially; pipelines of generators
def naturals():
    n = 0
    while True:
        yield n
        n += 1
def take(n, it):
    for x in it:
        if n <= 0:
            return
        n -= 1
        yield x
def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x
def primes():
    found = []
    for n in naturals():
        if n < 2:
            continue
        if all(n % p for p in found):
            found.append(n)
            yield n
print(list(take(5, naturals())))
print(list(take(5, evens(naturals()))))
print(list(take(15, primes())))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(list(take(20, fib())))
for i, p in zip(range(3), primes()):
    print(i, p)
