# frozenset: hashable, usable as dict key and set member
f = frozenset([3, 1, 2])
g = frozenset({1, 2, 3})
print(len(f), sorted(f), f == g, f == {1, 2, 3}, 2 in f)
d = {f: "first"}
print(d[g])
s = {f, g, frozenset()}
print(len(s))
print(sorted(f | {9}), type(f | {9}).__name__, type({9} | f).__name__)
print(sorted(f & {1, 5}), sorted(f - {1}))
try:
    f.add(4)
except AttributeError:
    print("AttributeError add")
print(sorted(sorted(x) for x in {frozenset([1, 2]), frozenset([2, 1]), frozenset([3])}))
