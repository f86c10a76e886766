def f(a, b=2, *args, c, d=4, **kw):
    total = a + b
    for i in range(10):
        if i % 2 == 0 and i > 3:
            continue
        total += i
    while total > 100:
        total -= 7
    return total

class A(object):
    def __init__(self, x):
        super().__init__()
        self.x = x
    def get(self):
        return self.x

def outer():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc

try:
    x = [i * i for i in range(5) if i]
except ValueError as e:
    print(e)
finally:
    print("done")
with open("f") as fh, open("g"):
    pass
print(f"{x!r:>{10}} and {f(1, c=3)}")
a, b = b, a
a, *b, c = [1, 2, 3, 4]
d = {"k": 1, **kw}
s = x[1:2], x[::2]
del x[0], a
import os.path as p
from sys import argv, path
assert a < b < c, "msg"
g = (y for y in x)
lam = lambda q, *r: q + len(r)
print(-5, 1 << 40, 3.25, b"by\x00tes", ...)
