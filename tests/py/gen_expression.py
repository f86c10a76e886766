# generator expressions: laziness, consumption by builtins, single pass
g = (x * x for x in range(5))
print(next(g), next(g), list(g), list(g))
print(sum(x for x in range(101)), max(len(w) for w in "a bb ccc".split()))
print(any(x > 3 for x in [1, 5]), all(x > 0 for x in [1, 0]), sorted(c for c in "zyx"))
print(list(x for x in range(10) if x % 3 == 0), tuple(i for i in "ab"))
print(dict((k, v) for k, v in zip("ab", "xy")), "-".join(str(i) for i in range(3)))
log = []
def val(i):
    log.append(i)
    return i
lazy = (val(i) for i in range(3))
print(log)
print(next(lazy), log)
nested = (y for x in range(3) for y in range(x))
print(list(nested))
print(sum((i for i in range(4)), 100))
