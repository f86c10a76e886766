def gen(n):
    x = yield n
    while x:
        x = yield x * 2
    yield from range(3)
    return 5

def deco(f):
    return f

@deco
class C(dict, metaclass=type):
    a: int = 3
    def m(self, *a, **k):
        return super().m(*a, **k)
    @staticmethod
    def s(p, /, q, *, r=1):
        global G
        G = [i for i in (j for j in range(p)) if (y := i) > q]
        return {k: v for k, v in zip("ab", b"ab")}, {1, 2, *a}
print(f"{1+1=} {'x'!s:>{3}} {{}}", 0x_ff, 0o17, 0b1010, 1_000_000, 123456789012345678901234567890)
x = a if b else c
x[1:2, ::3] = del_ = not a or b and c is not d in e
lambda: (yield)
