# *args and **kwargs collection
def f(*args):
    return args
print(f(), f(1), f(1, "a", [2]), type(f()).__name__)
def g(**kwargs):
    return kwargs
print(g(), g(a=1), g(z=1, a=2, m=3), type(g()).__name__)
def h(first, *args, **kwargs):
    return first, args, kwargs
print(h(1), h(1, 2, 3), h(1, x=2), h(1, 2, y=3, x=4))
def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s
print(total(), total(5), total(*range(10)))
def kw_order(**kw):
    return list(kw)
print(kw_order(c=1, a=2, b=3))
def passthrough(*a, **k):
    return h(*a, **k)
print(passthrough(7, 8, key="v"))
