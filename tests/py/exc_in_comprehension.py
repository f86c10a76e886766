# exceptions from inside comprehensions, lambdas and generator expressions
try:
    [10 // x for x in (1, 2, 0, 4)]
except ZeroDivisionError:
    print("ZeroDivisionError in list comprehension")
try:
    {k: {}[k] for k in "a"}
except KeyError as e:
    print("KeyError in dict comprehension", e)
f = lambda d: d["missing"]
try:
    f({})
except KeyError:
    print("KeyError in lambda")
g = (int(s) for s in ["1", "x"])
print(next(g))
try:
    next(g)
except ValueError:
    print("ValueError in generator expression")
def safe(xs):
    out = []
    for x in xs:
        try:
            out.append(100 // x)
        except ZeroDivisionError:
            out.append("inf")
    return out
print(safe([5, 0, -3]))
