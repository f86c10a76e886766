# is / is not and in / not in
x = [1, 2]
y = x
z = [1, 2]
print(x is y, x is z, x is not z, x == z)
print(None is None, True is True)
print(1 in x, 3 in x, 3 not in x)
print("b" in "abc", "bc" in "abc", "ca" in "abc", "" in "abc")
print(2 in (1, 2), "k" in {"k": 1}, 1 in {"k": 1})
print(5 in range(10), 10 in range(10), 4 in range(0, 10, 2), 5 in range(0, 10, 2))
print(b"b" in b"abc", 98 in b"abc")
print([1] in [[1], [2]])
def f():
    pass
g = f
print(f is g, type(f) is type(g))
print(type(1) is int, type("") is str, type(None) is type(None))
