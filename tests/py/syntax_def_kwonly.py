# keyword-only parameters after * and after *args
def f(a, *, key, flag=False):
    return (a, key, flag)
print(f(1, key=2), f(1, flag=True, key=3))
try:
    f(1, 2)
except TypeError:
    print("TypeError positional")
try:
    f(1)
except TypeError:
    print("TypeError missing key")
def g(*args, sep="-", end="."):
    return sep.join(args) + end
print(g("a", "b"), g("a", "b", sep="+"), g(end="!"), g("x", end="?", sep=""))
def h(a, b=1, *rest, k, m=2, **kw):
    return (a, b, rest, k, m, kw)
print(h(0, k=9))
print(h(0, 1, 2, 3, k=4, m=5, z=6))
