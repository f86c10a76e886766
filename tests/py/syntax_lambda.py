# lambda expressions: defaults, closures, immediate calls, in data structures
sq = lambda x: x * x
add = lambda a, b=10: a + b
print(sq(7), add(1), add(1, 2), (lambda: "now")(), (lambda *a, **k: (a, k))(1, z=2))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
print([ops[o](6, 3) for o in "+-*"])
fs = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in fs])
late = [lambda x: x + i for i in range(3)]
print([f(10) for f in late])
print(sorted([(1, "b"), (0, "c"), (2, "a")], key=lambda p: p[1]))
compose = lambda f, g: lambda x: f(g(x))
print(compose(sq, add)(2))
print((lambda x: (lambda y: x * y))(3)(4))
print(list(map(lambda s: s.upper(), ["a", "b"])), list(filter(lambda n: n % 3 == 0, range(10))))
print((lambda: None)() is None, (lambda x, *, k: x + k)(1, k=2))
