# type(): names of builtin types, type objects, callable()
vals = [0, True, "", b"", bytearray(), (), [], {}, set(), frozenset(), range(0), slice(1), None, len, print]
print([type(v).__name__ for v in vals[:13]])
print(type(type), type(int), type(1) == int, type("") is str)
print(int, str, list, type(None).__name__)
def f():
    yield
class C:
    def m(self):
        pass
print(type(f).__name__, type(f()).__name__, type(C).__name__, type(C()).__name__, type(C().m).__name__)
print(type(lambda: 0).__name__, type(C) is type, C)
print([callable(v) for v in (len, f, C, C(), C().m, 1, "s", int, type)])
