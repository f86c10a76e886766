# various hashable key types; unhashable keys raise TypeError
d = {}
d[1] = "int"
d["1"] = "str"
d[(1, 2)] = "tuple"
d[None] = "none"
d[b"1"] = "bytes"
d[frozenset([1])] = "frozenset"
d[-5] = "neg"
d[(1, (2, 3))] = "nested"
d[True] = "bool replaces int 1"
print(len(d))
for k in d:
    print(repr(k), d[k])
print(d[(1, 2)], d[1, (2, 3)], d[frozenset({1})])
for bad in ([1], {1: 2}, {3}):
    try:
        d[bad] = 0
    except TypeError:
        print("TypeError", type(bad).__name__)
try:
    {(1, [2]): 0}
except TypeError:
    print("TypeError tuple containing list")
