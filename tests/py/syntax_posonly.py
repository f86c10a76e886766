# positional-only parameters (/)
def f(a, b, /, c, *, d=4):
    return a, b, c, d
print(f(1, 2, 3), f(1, 2, c=3), f(1, 2, 3, d=5))
try:
    f(1, b=2, c=3)
except TypeError:
    print("TypeError positional-only")
def g(x, /, **kw):
    return x, kw
print(g(1, x=2))
