# TypeError messages of calls with wrong arguments, as CPython words them
def f(a, b=2, *, c, d=4): return (a, b, c, d)
def g(x, /, y): return x, y
for call in [lambda: f(1), lambda: f(1, 2, 3, c=1), lambda: f(1, c=1, e=5), lambda: f(c=1), lambda: f(1, a=1, c=2),
             lambda: g(x=1, y=2), lambda: (lambda: 0)(1), lambda: len(), lambda: f(*[1], **{"c": 3})]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
class K:
    def m(self, a): return a
for call in [lambda: K().m(), lambda: K().m(1, 2), lambda: K.m(1), lambda: K(1)]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
fs = [lambda i=i: i for i in range(3)]
print([h() for h in fs], [h() for h in [lambda: i for i in range(3)]])
x = 10
print([x for x in range(3)], x)
print({k: v for k, v in [(1, 2)]}, {c for c in "aab"} == {"a", "b"}, list(c * 2 for c in "ab"))
a = b = c = 0
a, (b, c) = 1, (2, 3)
def h(a, *, k): return a
for call in [lambda: h(1, 2, k=3), lambda: h(1, 2), lambda: (lambda x, *, k=0: x)(1, 2, k=1)]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
