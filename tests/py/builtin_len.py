# len() of every sized builtin
print(len(""), len("abc"), len("héllo"), len(b"ab"), len(bytearray(3)), len([1, 2]), len((1,)))
print(len({}), len({1: 2, 3: 4}), len(set("aab")), len(frozenset()), len(range(10)), len(range(0, 10, 3)))
d = {"a": 1}
print(len(d.keys()), len(d.values()), len(d.items()))
try:
    len(5)
except TypeError:
    print("TypeError")
try:
    len(x for x in [])
except TypeError:
    print("TypeError generator")
