# hash(): equal objects hash equal; mutable builtins are unhashable
print(hash(1) == hash(1), hash("abc") == hash("ab" + "c"), hash((1, "a")) == hash((1, "a")))
print(hash(True) == hash(1), hash(frozenset([1, 2])) == hash(frozenset([2, 1])), hash(b"x") == hash(b"x"))
print(type(hash("s")).__name__, type(hash(None)).__name__)
for v in ([], {}, set(), bytearray(), ([1],)):
    try:
        hash(v)
        print("hashable?!", v)
    except TypeError:
        print("TypeError", type(v).__name__)
