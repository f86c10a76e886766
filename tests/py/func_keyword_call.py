# calling with keyword arguments in any order and mixing with positional
def f(a, b, c=3, d=4):
    return (a, b, c, d)
print(f(1, 2), f(b=2, a=1), f(1, d=9, b=8), f(1, 2, d=0, c=0))
def box(**kw):
    return sorted(kw.items())
print(box(z=1, y=2, x=3))
print(dict(a=1, b=2), sorted([3, 1], reverse=True), int("ff", base=16))
print("x".join(["a", "b"]), "s".center(5, "-"))
print(max([1, 5, 3], key=lambda v: -v), min("abc", key=ord))
