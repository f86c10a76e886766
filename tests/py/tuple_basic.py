# tuples: construction, indexing, slicing, comparison, methods
t = (1, "two", 3, (4, 5))
print(t, len(t), t[0], t[-1], t[-1][0], t[1:3], t[::-1], t[::2])
print((), (1,), (1, 2) + (3,), (0,) * 3, tuple([1, 2]), tuple("ab"), tuple(range(3)))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), (1, 2) == (1, 2), () < (0,))
print(t.count(3), (1, 1, 2, 1).count(1), t.index("two"), 3 in t, 9 not in t)
a, b, c, d = t
print(a, b, c, d)
try:
    t[0] = 9
except TypeError:
    print("TypeError")
try:
    t.index(99)
except ValueError:
    print("ValueError")
print(max((3, 1, 2)), min((3, 1, 2)), sum((1, 2, 3)), sorted((3, 1, 2)))
x = (1, [2])
x[1].append(3)
print(x)
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "pair"}[(1, 2)])
