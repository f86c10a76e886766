# The interpreter's shortcuts must not change results: string comparisons
# of interned strings, `is`, s[i] on short strings, `for ... in range(...)`,
# attributes appended in __init__, built-in calls with bad argument counts.
# needs: float

# comparisons of interned strings (built-in names and new ones)
words = ["append", "zeta", "abc", "ab", "", "a", "len", "print", "Zulu", "éclair", "z" * 40, "apple"]
for a in words:
    row = []
    for b in words:
        row.append("%d%d%d%d%d%d" % (a < b, a <= b, a > b, a >= b, a == b, a != b))
    print(" ".join(row))
print(sorted(words))
x = "ab"
y = "a" + "b"
one = 1
print(x == y, x is x, x is not None, None is None, one is not one + 0)

# s[i] of interned strings, ASCII and not
for s in ["hello", "héllo", "ab", "日本語"]:
    print([s[i] for i in range(len(s))], s[-1])
try:
    "abc"[3]
except IndexError as e:
    print("IndexError", e)

# for over range: plain, shadowed, mixed types
total = 0
for i in range(10):
    total += i
for i in range(3, 7):
    total += i
print(total, list(range(5)), [i for i in range(2, 4)])
r = range(3)
print(r, type(r).__name__, list(r))


def shadow():
    range = lambda n: [n, n]
    return [i for i in range(4)]


print(shadow())
try:
    for i in range(1.5):
        pass
except TypeError as e:
    print("TypeError", e)


# attributes added in __init__ in different orders and numbers
class P:
    def __init__(self, n, rev):
        if rev:
            self.b = n
            self.a = n + 1
        else:
            self.a = n
            self.b = n + 1
        if n % 3 == 0:
            self.c = n * 2


ps = [P(i, i % 2 == 1) for i in range(12)]
print([(p.a, p.b, getattr(p, "c", None)) for p in ps])
print([sorted(vars(p).items()) for p in ps[:4]])
q = P(5, False)
q.a = 100
q.a = 101
print(q.a, q.b)


# built-in calls: wrong counts still raise the usual errors
for bad in (lambda: len(), lambda: len(1, 2), lambda: abs(), lambda: divmod(1)):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
print(max(3, 9, 4), min([5, 2]), abs(-3), len("abc"), isinstance(3, int))


# a built-in function as a class attribute is not bound (no __get__)
class A:
    f = len
    g = abs


try:
    A().f()
except TypeError as e:
    print("TypeError", e)
print(A.g(-4), A().g(-5))
