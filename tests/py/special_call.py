# __call__ makes instances callable
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, scale=1):
        return (x + self.n) * scale
add5 = Adder(5)
print(add5(1), add5(1, scale=3), callable(add5), callable(Adder), list(map(add5, [0, 10])))
class Chain:
    def __init__(self):
        self.calls = []
    def __call__(self, *a, **k):
        self.calls.append((a, sorted(k.items())))
        return self
c = Chain()
c(1)(2, x=3)()
print(c.calls)
print(sorted([3, 1, 2], key=Adder(-10)))
