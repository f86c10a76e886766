# comprehensions have their own scope but see enclosing names
n = 3
print([n * i for i in range(n)])
def f(k):
    return [k + i for i in range(k)]
print(f(2))
def g():
    base = 10
    return {i: base + i for i in range(3)}
print(g())
class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
print(C.doubled)
i = "untouched"
sq = [i * i for i in range(4)]
print(sq, i)
funcs = [lambda: j for j in range(3)]
print([fn() for fn in funcs])
