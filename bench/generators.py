# Generators: pipelines of generator functions, generator expressions
# consumed by sum(), yield from delegation, and many short-lived generators.

REPEAT = 16

def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1

def squares(it):
    for x in it:
        yield x * x

def only_odd(it):
    for x in it:
        if x & 1:
            yield x

def chunks(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == size:
            yield buf
            buf = []
    if buf:
        yield buf

def flatten(depth, n):
    if depth == 0:
        yield n
    else:
        yield from flatten(depth - 1, n)
        yield from flatten(depth - 1, n + 1)

def work(rnd):
    total = rnd
    for c in chunks(only_odd(squares(numbers(20000))), 50):
        total = (total + sum(c)) % 1000003
    total += sum(x % 7 for x in numbers(10000))
    for k in range(40):
        total += sum(flatten(6, k))
    for part in range(30):
        gens = [numbers(5 + part % 3) for _ in range(10)]
        for g in gens:
            total += sum(g)
    return total % 1000003

def main():
    check = 0
    for rnd in range(REPEAT):
        check = (check * 31 + work(rnd)) % 1000003
    print("checksum", check)

main()
