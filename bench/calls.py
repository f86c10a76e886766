# Function calls: recursion, positional/keyword/default arguments,
# keyword-only arguments, *args, closures and calls through a table.

REPEAT = 12

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def add3(a, b=1, c=2):
    return a + b + c

def kw_only(x, *, scale=1, offset=0):
    return x * scale + offset

def var(*args):
    return len(args)

def make_adder(k):
    def add(x):
        return x + k
    return add

def twice(f, x):
    return f(f(x))

def work(rnd):
    r = fib(20)
    acc = rnd
    add5 = make_adder(5)
    table = [add3, add5, abs]
    for i in range(8000):
        acc += add3(i)
        acc += add3(i, 2)
        acc += add3(i, c=3)
        acc += kw_only(i, scale=2, offset=1)
        acc += var(i, i, i)
        acc += twice(add5, i)
        acc += table[i % 3](i)
        acc &= 0xFFFFFF
    return r, acc

def main():
    check = 0
    for rnd in range(REPEAT):
        r, acc = work(rnd)
        check = (check * 31 + r + acc) % 1000003
    print("fib", r, "acc", acc)
    print("checksum", check)

main()
