class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["tag"] = kw.get("tag", "none")
        return super().__new__(mcls, name, bases, ns)
class Base(metaclass=Meta, tag="base"):
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        cls.sub = kw
class Child(Base, tag="child", extra=1):
    pass
print(Base.tag, Child.tag, type(Child).__name__)
def cdeco(cls):
    cls.decorated = True
    return cls
@cdeco
class Outer:
    class Inner:
        def m(self): return type(self).__qualname__
    names = ["a", "b"]
    upper = [n.upper() for n in names]
    def meth(self):
        def nested():
            return __class__.__name__
        return nested()
print(Outer.decorated, Outer.Inner().m(), Outer.upper, Outer().meth(), Outer.Inner.__qualname__)
print(Outer.meth.__qualname__, Outer.__module__)
class Prop:
    def __init__(self): self._v = 0
    @property
    def v(self): return self._v
    @v.setter
    def v(self, x): self._v = x * 2
    @staticmethod
    def s(a, b=1): return a + b
    @classmethod
    def c(cls, k): return cls.__name__ + str(k)
p = Prop(); p.v = 5; print(p.v, Prop.s(1), p.s(2, 3), Prop.c(1), p.c(2))
class Vec:
    def __init__(self, *a): self.a = list(a)
    def __add__(self, o): return Vec(*[x + y for x, y in zip(self.a, o.a)])
    def __iadd__(self, o): self.a = [x - y for x, y in zip(self.a, o.a)]; return self
    def __repr__(self): return "Vec(%s)" % ", ".join(map(str, self.a))
    def __getitem__(self, i): return self.a[i]
    def __setitem__(self, i, v): self.a[i] = v
    def __len__(self): return len(self.a)
    def __eq__(self, o): return self.a == o.a
    def __lt__(self, o): return self.a < o.a
    def __call__(self, k): return k * len(self)
    def __contains__(self, x): return x in self.a
    def __iter__(self): return iter(self.a)
v = Vec(1, 2, 3); w = v + Vec(1, 1, 1); v += Vec(1, 1, 1)
print(v, w, v[1:], 3 in w, v(10), sorted([w, v]), Vec(1) == Vec(1), list(reversed(list(w))))
v[0] += 100; print(v)
def tree(n):
    if n:
        yield from tree(n - 1)
        yield n
        yield from tree(n - 1)
print(list(tree(3)))
def gen_ret():
    yield 1
    return "done"
def wrap():
    r = yield from gen_ret()
    yield r
print(list(wrap()))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 10)))
def stars(*a):
    return 1, *a, 2
print(stars(5, 6), [*range(2), *"ab"], {**{"x": 1}, **{"x": 2}})
def exc_chain():
    try:
        try:
            raise KeyError("k")
        except KeyError:
            raise ValueError("v") from None
    except ValueError as e:
        return e.__cause__, e.__suppress_context__, repr(e.__context__)
print(exc_chain())
def else_return():
    try:
        x = 1
    except Exception:
        return "exc"
    else:
        return "else %d" % x
    finally:
        print("finally runs")
print(else_return())
def finally_replaces():
    try:
        try:
            raise KeyError("first")
        finally:
            raise ValueError("second")
    except ValueError as e:
        return repr(e), repr(e.__context__)
print(finally_replaces())
a = [0, 0]; b = {}
a[0] = b["k"] = a[1] = 7
print(a, b)
class Obj: pass
def mk(): return o
o = Obj(); mk().attr = 5; print(o.attr)
for i in range(3):
    for j in range(3):
        if j == 1: break
    else:
        print("never")
    if i == 1: continue
    print("i", i)
else:
    print("loop else")
n = 0
while n < 5:
    n += 1
    if n == 3: break
else:
    print("no")
print("n", n)
def kw(a, *, b=2, **rest): return a, b, rest
print(kw(1, c=3), kw(1, b=5, d=6))
def outer2():
    def setg():
        global GG
        GG = "g"
    setg()
    return GG
print(outer2())
x = 5
def delg():
    global x
    del x
delg()
print("x" in globals())
print("%s-%d-%.2f-%r-%x-%5s|" % ("a", 3, 2.5, "q", 255, "r"))
print({k: [v * j for j in range(v)] for k, v in {"a": 2, "b": 3}.items() if v > 1})
adders = {i: (lambda x, i=i: x + i) for i in range(3)}
print([adders[k](10) for k in adders])
matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
print([row[i] for i, row in enumerate(matrix)], [[r[c] for r in matrix] for c in range(3)])
print(sorted({"b": 2, "a": 1}.items(), key=lambda kv: -kv[1]), max([3, 1, 2], key=lambda q: -q))
try:
    raise StopIteration
except StopIteration:
    print("caught StopIteration")
g = (i for i in range(3)); print(next(g), list(g))
def early():
    for x in range(10):
        yield x
        if x == 2:
            return
print(list(early()))
with open("/dev/null") as fh:
    pass
print(fh.closed)
lst = [1, 2, 3]
lst[1:2] = [7, 8, 9]; del lst[-1]; print(lst, lst[::-1], lst[-2::-2])
s = "hello world"
print(s[::-1], s[2:-2:3], s[:], s[100:], len(s[::2]))
print(f"{'a' if True else 'b'}{3:>{2}}{[1,2]!r:^10}{{escaped}}")
print(type(None).__name__, type(...).__name__, ..., NotImplemented)
