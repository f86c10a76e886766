# special methods of the built-in types as attributes: which exist, calls
# of each kind (unary, binary, reflected, in-place, comparison, items, iter)

names = ("__abs__ __add__ __and__ __bool__ __contains__ __delitem__ __eq__ __float__ "
         "__floordiv__ __ge__ __getitem__ __gt__ __hash__ __iadd__ __iand__ __imul__ "
         "__index__ __init__ __int__ __invert__ __ior__ __isub__ __iter__ __ixor__ __le__ "
         "__len__ __lshift__ __lt__ __mod__ __mul__ __ne__ __neg__ __or__ __pos__ __pow__ "
         "__radd__ __rand__ __repr__ __rfloordiv__ __rlshift__ __rmod__ __rmul__ __ror__ "
         "__rpow__ __rrshift__ __rshift__ __rsub__ __rtruediv__ __rxor__ __setitem__ "
         "__str__ __sub__ __truediv__ __xor__ __new__").split()
vals = [3, True, "ab", b"ab", bytearray(b"ab"), (1, 2), [1, 2], {1: 2}, {1}, frozenset({1}), range(3)]

# hasattr on values and on the types ("|" for types: type itself has __or__
# in CPython, for unions)
for i in range(0, len(names), 3):
    row = []
    for n in names[i:i + 3]:
        on_vals = "".join("1" if hasattr(v, n) else "." for v in vals)
        on_types = "".join("1" if hasattr(type(v), n) else "." for v in vals)
        row.append(n + " " + on_vals + " " + (on_types if n not in ("__or__", "__ror__") else "|"))
    print("  ".join(row))

# unhashable types: __hash__ is None
print([type(v).__hash__ is None for v in vals])
print([v.__hash__ is None for v in vals])
print(hash(3) == (3).__hash__(), hash("ab") == "ab".__hash__(), hash((1, 2)) == (1, 2).__hash__())

# the calls from the issue
print(list.__len__([1, 2]), int.__add__(1, 2), (5).__add__(1), "ab".__len__(), {1: 2}.__contains__(1))
print(str.__eq__("a", "a"), (1).__lt__(2), int.__repr__(7), list.__repr__([1]))
print(hasattr(list, "__iter__"), hasattr(3, "__add__"), hasattr(3, "__len__"), hasattr([], "__hash__"))

# unary
print((-4).__abs__(), (4).__neg__(), (4).__pos__(), (5).__invert__(), (0).__bool__(), (7).__bool__())
print((7).__index__(), (7).__int__(), True.__int__(), True.__neg__(), range(0).__bool__(), range(2).__bool__())
print("abc".__len__(), b"abcd".__len__(), (1, 2, 3).__len__(), {1: 2, 3: 4}.__len__(), range(5).__len__())

# binary, and NotImplemented for other types (as CPython's)
print(int.__sub__(10, 3), int.__mul__(6, 7), int.__floordiv__(17, 5), int.__mod__(17, 5), int.__pow__(2, 10))
print(int.__lshift__(1, 4), int.__rshift__(64, 2), int.__and__(12, 10), int.__or__(12, 10), int.__xor__(12, 10))
print(int.__add__(1, "a"), "a".__add__(1) if False else str.__mul__("ab", 3), [1].__mul__(2), (1,).__add__((2,)))
print(int.__eq__(1, "a"), int.__lt__(1, "a"), list.__eq__([1], [1]), list.__lt__([1], [2]), list.__eq__([1], 1))
print(True.__and__(False), True.__or__(False), True.__xor__(True), True.__add__(True))
print(set.__sub__({1, 2, 3}, {2}) == {1, 3}, set.__and__({1, 2}, {2, 3}) == {2}, sorted(set.__or__({1}, {2})))
print(sorted(frozenset.__xor__(frozenset({1, 2}), frozenset({2, 3}))), dict.__or__({1: 2}, {3: 4}))
print("%d-%s".__mod__((1, "x")), b"%d".__mod__(5), bytearray(b"%s").__mod__(b"x"))

# reflected: other op self
print(int.__radd__(3, 10), int.__rsub__(3, 10), int.__rfloordiv__(3, 10), int.__rmod__(3, 10), int.__rpow__(2, 3))
print(int.__rlshift__(2, 1), int.__rrshift__(1, 8), int.__rand__(6, 3), int.__ror__(6, 3), int.__rxor__(6, 3))
print(str.__rmul__("ab", 2), [1].__rmul__(2), (1,).__rmul__(2), str.__rmod__("a", 1), int.__radd__(1, "a"))
print(sorted(set.__rsub__({1, 2}, {2, 3})), sorted(set.__rand__({1, 2}, {2, 3})), dict.__ror__({1: 2}, {3: 4}))

# comparisons
print((3).__le__(3), (3).__ge__(4), (3).__gt__(2), (3).__ne__(3), (3).__eq__(3))
print("a".__lt__("b"), (1, 2).__ge__((1, 2)), b"a".__ne__(b"b"), range(3).__eq__(range(0, 3)))
print({1}.__le__({1, 2}), frozenset({1}).__gt__(frozenset()), {1: 2}.__eq__({1: 2}), {1: 2}.__ne__({1: 3}))

# items
lst = [1, 2, 3]
print(lst.__getitem__(1), lst.__getitem__(-1), lst.__getitem__(slice(0, 2)), "abc".__getitem__(1))
lst.__setitem__(0, 9)
lst.__delitem__(1)
print(lst, list.__getitem__(lst, 0), range(10).__getitem__(3), (5, 6).__getitem__(0))
d = {"a": 1}
d.__setitem__("b", 2)
d.__delitem__("a")
print(d, d.__getitem__("b"), d.__contains__("a"), d.__contains__("b"))
ba = bytearray(b"abc")
ba.__setitem__(0, 65)
ba.__delitem__(2)
print(ba, ba.__getitem__(1), b"xyz".__getitem__(0), "b".__contains__("b"), (1, 2).__contains__(3))
try:
    lst.__getitem__(10)
except IndexError as e:
    print("IndexError", e)
try:
    d.__getitem__("zz")
except KeyError as e:
    print("KeyError", e)

# in place: the same object comes back
a = [1]
r = a.__iadd__([2, 3])
print(r is a, a, a.__imul__(2) is a, a)
s = {1, 2, 3}
print(s.__isub__({1}) is s, s.__iand__({2, 5}) is s, s.__ior__({7}) is s, s.__ixor__({2}) is s, sorted(s))
dd = {1: 2}
print(dd.__ior__({3: 4}) is dd, dd)
bb = bytearray(b"x")
print(bb.__iadd__(b"y") is bb, bb.__imul__(2) is bb, bb)

# iteration, repr, str
it = [4, 5].__iter__()
print(next(it), next(it), list("ab".__iter__()), list({1: 2}.__iter__()), list(range(3).__iter__()))
print(repr("x".__repr__()), "x".__str__(), b"x".__str__(), (1, 2).__repr__(), {1: 2}.__repr__(), range(2).__repr__())
print(True.__repr__(), int.__repr__(-5), bytearray(b"q").__repr__(), (3).__str__())

# __init__ of mutable built-ins fills the value
m = [1, 2]
list.__init__(m, "xy")
print(m)
m.__init__()
print(m)
dm = {1: 1}
dict.__init__(dm, [(2, 2)], k=3)
print(dm)
sm = {9}
set.__init__(sm, [1])
print(sm)
bm = bytearray(b"zz")
bytearray.__init__(bm, b"ab")
print(bm)

# __new__ of built-ins makes the value
print(str.__new__(str, 5), int.__new__(int, "12"), tuple.__new__(tuple, "ab"), bytes.__new__(bytes, 2))

# the special methods are shared objects; bound ones are methods
print(int.__add__ is int.__add__, callable(int.__add__), callable((1).__add__), int.__add__.__name__)
f = (10).__sub__
print(f(4), list(map((2).__mul__, [1, 2, 3])))

# errors: not a value of the type, wrong argument counts
for call in (lambda: list.__len__(5), lambda: int.__neg__("a"), lambda: (1).__add__(),
             lambda: int.__neg__(), lambda: (1).__add__(1, 2), lambda: [].__hash__(),
             lambda: list.__init__(3), lambda: (5).__len__()):
    try:
        call()
        print("no error")
    except (TypeError, AttributeError) as e:
        print(type(e).__name__)
