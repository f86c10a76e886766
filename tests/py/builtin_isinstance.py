# isinstance and issubclass with builtin types, tuples, bool/int relation
vals = [1, True, "s", b"b", None, [1], (1,), {1: 1}, {1}, range(1)]
types = [int, bool, str, bytes, type(None), list, tuple, dict, set, range]
for v in vals:
    print(repr(v), [t.__name__ for t in types if isinstance(v, t)])
print(isinstance(True, int), isinstance(1, bool), issubclass(bool, int), issubclass(int, object))
print(isinstance(3, (str, int)), isinstance("x", (list, tuple)), isinstance(int, type), isinstance(type, type))
print(isinstance(frozenset(), set), isinstance(bytearray(), bytes), issubclass(frozenset, object))
class A:
    pass
print(isinstance(A(), object), isinstance(A, type), issubclass(A, object), isinstance(A, A))
try:
    isinstance(1, 1)
except TypeError:
    print("TypeError bad class argument")
