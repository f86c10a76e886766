# functions returning functions and generators built from closures
def pipeline(*fns):
    def run(x):
        for f in fns:
            x = f(x)
        return x
    return run
p = pipeline(lambda x: x + 1, lambda x: x * 10, str)
print(p(1), p(4))
def memo(fn):
    cache = {}
    def wrapped(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    return wrapped
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(40), fib(25))
def partial(fn, *pre):
    return lambda *rest: fn(*pre, *rest)
add3 = partial(lambda a, b, c: a + b + c, 1, 2)
print(add3(3), add3(10))
