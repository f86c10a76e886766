# unpacking in calls: *iterable and **mapping, several times
def f(a, b, c, d=0, e=0):
    return [a, b, c, d, e]
args = [1, 2]
print(f(*args, 3), f(0, *args), f(*args, *[3, 4]), f(*"xyz"))
kw = {"d": 4, "e": 5}
print(f(1, 2, 3, **kw), f(*args, c=9, **kw), f(**{"a": 1, "b": 2, "c": 3}))
print(f(*range(3), **{"e": 7}), f(*(i for i in range(3))))
def g(*a, **k):
    return a, sorted(k.items())
print(g(*[1], *(2, 3), 4, **{"x": 1}, y=2, **{"z": 3}))
print(max(*[3, 9, 2]), print(*[], sep=","))
try:
    f(1, 2, 3, **{"d": 1}, d=2)
except TypeError:
    print("TypeError duplicate keyword")
