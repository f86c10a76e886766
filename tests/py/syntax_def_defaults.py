# default argument values, evaluated once at definition time
def f(a, b=2, c="c"):
    return (a, b, c)
print(f(1), f(1, 3), f(1, 3, 4), f(1, c=5), f(a=0), f(c=1, a=2))
n = 10
def g(x=n):
    return x
n = 20
print(g(), g(1))
def acc(item, into=[]):
    into.append(item)
    return into
print(acc(1), acc(2), acc(3, []))
def none_default(x=None):
    if x is None:
        x = []
    x.append(0)
    return x
print(none_default(), none_default())
try:
    f()
except TypeError:
    print("TypeError missing")
try:
    f(1, 2, 3, 4)
except TypeError:
    print("TypeError too many")
try:
    f(1, a=1)
except TypeError:
    print("TypeError duplicate")
try:
    f(1, d=1)
except TypeError:
    print("TypeError unexpected")
