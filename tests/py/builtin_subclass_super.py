# classes derived from built-in types reach the built-in's special methods
# through super() and explicitly (dict.__setitem__(self, ...)), __init__ and
# __new__ of the built-in base fill the value


class D(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)

    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)

    def __getitem__(self, k):
        return ("got", super().__getitem__(k))

    def __delitem__(self, k):
        print("del", k)
        dict.__delitem__(self, k)

    def __contains__(self, k):
        return super().__contains__(k) or k == "always"


d = D(a=1)
d["b"] = 2
print(d, type(d).__name__, len(d), d["a"], "always" in d, "a" in d, "zz" in d)
d.update(c=3)  # dict.update does not call __setitem__ (CPython neither)
del d["a"]
print(sorted(d.items()), D([(1, 2)], x=5), D())
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e)


class L(list):
    def __init__(self, it):
        super().__init__(x * 2 for x in it)

    def __len__(self):
        return super().__len__() + 100

    def __getitem__(self, i):
        return super().__getitem__(i) * 10

    def __iadd__(self, other):
        print("iadd", other)
        return super().__iadd__(other)

    def __iter__(self):
        return iter(list(super().__iter__()) + ["end"])

    def __eq__(self, other):
        return super().__eq__(other)


lst = L([1, 2, 3])
print(lst, len(lst), lst[0], lst[-1], list(lst), type(lst).__name__)
lst += [4]
print(lst, type(lst).__name__, lst == [2, 4, 6, 4], lst == [1])
lst.append(5)
print(list.__len__(lst), list.__getitem__(lst, 4), list.__repr__(lst))


class L2(list):
    # only __new__: list.__init__ fills the value afterwards, as in CPython
    def __new__(cls, *a):
        return super().__new__(cls)


print(L2([7, 8]), L2())


class S(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())

    def __repr__(self):
        return "S(" + super().__repr__() + ")"

    def __eq__(self, other):
        return super().__eq__(other.upper() if isinstance(other, str) else other)

    def __hash__(self):
        return super().__hash__()


s = S("ab")
print(s, repr(s), type(s).__name__, len(s), s.lower(), s + "!", s == "ab", s == "AB", hash(s) == hash("AB"))
print(isinstance(s, str), str.__len__(s), str.__add__(s, "c"), s[1], {s: 1}["AB"] if False else "x")


class N(int):
    def __add__(self, o):
        return N(int.__add__(self, o) * 2)

    def __repr__(self):
        return "N(" + int.__repr__(self) + ")"

    def __neg__(self):
        return N(super().__neg__() - 1)


n = N(3)
print(n, n + 4, 4 + n, int.__add__(2, n), int.__add__(n, n), -n, n * 2, type(n * 2).__name__)
print(int.__lt__(n, 4), n.__index__(), hash(n) == hash(3), N(5) == 5, int(n))


class T(tuple):
    def __new__(cls, it):
        return super().__new__(cls, (x * 2 for x in it))


t = T([1, 2])
print(t, type(t).__name__, len(t), t[1], t + (9,), tuple.__getitem__(t, 0))


class B(bytes):
    def __new__(cls, v):
        return super().__new__(cls, v + b"!")


class FS(frozenset):
    def __new__(cls, *a):
        return super().__new__(cls, *a)


print(B(b"hi"), len(B(b"x")), sorted(FS([3, 1])), type(FS([1])).__name__, FS([1]) == frozenset([1]))


class St(set):
    def __init__(self, it):
        super().__init__(x + 1 for x in it)

    def add(self, x):
        super().add(x * 100)


st = St([1, 2])
st.add(3)
print(sorted(st), type(st).__name__, set.__len__(st), set.__contains__(st, 300))


class BA(bytearray):
    def __init__(self, v):
        super().__init__(v)
        self.extra = len(v)

    def __setitem__(self, i, v):
        super().__setitem__(i, v + 1)


ba = BA(b"abc")
ba[0] = 64
print(bytes(ba), ba.extra, len(ba), bytearray.__getitem__(ba, 0))


# a chain of overrides, each calling super()
class A1(dict):
    def __setitem__(self, k, v):
        print("A1", k)
        super().__setitem__(k, v)


class A2(A1):
    def __setitem__(self, k, v):
        print("A2", k)
        super().__setitem__(k, [v])


a2 = A2()
a2["k"] = 1
print(a2, isinstance(a2, dict))


# exceptions
class E(Exception):
    def __init__(self, msg, code=0):
        super().__init__(msg)
        self.code = code

    def __str__(self):
        return "E:" + super().__str__()

    def __repr__(self):
        return "<" + super().__repr__() + ">"


e = E("boom", 7)
print(str(e), repr(e), e.args, e.code)
try:
    raise E("inner", 1)
except Exception as x:
    print("caught", x, x.code, x.args)


class E2(ValueError):
    pass


print(str(E2()), repr(E2("a", 2)), E2("a", 2).args, BaseException.__str__(E2("q")))
