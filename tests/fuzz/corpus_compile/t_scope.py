x = "global"
def outer():
    x = "enclosing"
    def inner():
        nonlocal x
        x = "changed"
        def innermost():
            return x
        return innermost()
    r = inner()
    return r, x
print(outer())
def counter():
    n = 0
    def inc(k=1):
        nonlocal n
        n += k
        return n
    return inc
c = counter(); c(); c(5); print(c())
fs = [lambda i=i: i * 2 for i in range(3)]
print([f() for f in fs])
gs = [lambda: i for i in range(3)]
print([g() for g in gs])
def g():
    global x
    x = "set by g"
g(); print(x)
class A:
    y = 10
    z = [y * 2 for _ in range(1)] if False else 0
    def m(self):
        return __class__.__name__, self.y
    def sup(self):
        return "A.sup"
class B(A):
    y = 20
    def sup(self):
        return "B+" + super().sup()
    def m2(self):
        def helper():
            return __class__
        return helper().__name__
print(B().m(), B().sup(), B().m2())
def fcls():
    v = 5
    class C:
        w = v + 1
        def get(self): return v
    return C.w, C().get()
print(fcls())
print([(y := j) for j in range(3)], y)
def walr():
    data = [1, 2, 3, 4]
    if any((big := d) > 2 for d in data):
        return big
print(walr())
def defaults(a, b=[], *args, c=5, d, **kw):
    b.append(a)
    return a, b, args, c, d, kw
print(defaults(1, d=2))
print(defaults(1, [0], 3, 4, d=6, e=7))
def posonly(a, b, /, c, *, d):
    return a, b, c, d
print(posonly(1, 2, c=3, d=4))
try:
    posonly(1, b=2, c=3, d=4)
except TypeError as e:
    print("TypeError")
def kwmerge(**kw): return sorted(kw.items())
print(kwmerge(a=1, **{"b": 2}, c=3, **{"d": 4}))
try:
    kwmerge(a=1, **{"a": 2})
except TypeError as e:
    print("dup kw")
def starcall(*a, **k): return a, k
print(starcall(1, *[2, 3], 4, *(5,), x=1, **{"y": 2}))
o = [0, 1, 2, 3, 4, 5]
o[1:3] = ["a", "b", "c"]; print(o)
del o[::2]; print(o)
o[-1:] += ["z"]; print(o)
a, (b, *c), d = 1, [2, 3, 4], 5
print(a, b, c, d)
*h, t = "xyz"; print(h, t)
first, *rest = range(4); print(first, rest)
i = 0
l = [10, 20, 30]
def idx():
    global i
    i += 1
    print("idx called", i)
    return 0
l[idx()] += 5
print(l)
class P:
    def __init__(self): self.v = 1
p = P(); p.v += 41; print(p.v)
print(1 < 2 < 3, 1 < 3 < 2, (lambda: 5)() == 5 != 6)
def side(v):
    print("side", v); return v
print(side(1) < side(2) < side(0) < side(5))
print(f"{'nested'!r:>{4+6}}|{3.14159:.{2}f}|{1+1=}|{'x':*^7}")
print(0x_ff, 0o7_7, 0b1_1, 1_000, 12345678901234567890 * 2, -2**63, 1e-5, 0.1 + 0.2)
print("tab\tnew\\nline", b"\x41\102", r"\d+", "a" "b" 'c')
print({**{"a": 1}, "b": 2}, {*range(3), 5}, [*"ab", *[1]])
def deco1(f):
    print("deco1"); return lambda *a: "d1(" + f(*a) + ")"
def deco2(f):
    print("deco2"); return lambda *a: "d2(" + f(*a) + ")"
@deco1
@deco2
def decorated(x): return str(x)
print(decorated(3))
print([x * y for x in range(3) if x for y in range(x) if y != 1])
print({k: v for k, v in zip("abc", range(3))}, {x % 3 for x in range(10)})
print(sum(x for x in range(10) if x % 2))
import math as m, os.path
from math import sqrt, pi as PI
print(m.floor(2.5), sqrt(16), round(PI, 2), os.path.basename("/a/b"))
assert True, "never"
try:
    assert 1 == 2, "assert msg"
except AssertionError as e:
    print("assert", e)
print(not 0, not 1 or 0 and 2, 0 or [] or "last", 1 and 2 and 3)
print(-(-3), ~5, +True, 2 ** -1, 7 // -2, -7 % 3, 5 if None else 6)
