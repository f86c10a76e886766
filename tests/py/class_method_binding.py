# bound methods are first-class values that remember their instance
class Acc:
    def __init__(self):
        self.total = 0
    def add(self, n):
        self.total += n
        return self.total
a = Acc()
b = Acc()
f = a.add
g = b.add
f(1); f(2); g(100)
print(a.total, b.total)
methods = [a.add, b.add, a.add]
print([m(1) for m in methods])
print(list(map(a.add, [10, 20])))
unbound = Acc.add
print(unbound(b, 5))
lst = []
app = lst.append
app(1); app(2)
print(lst)
print(type(a.add).__name__, "abc".upper(), "-".join("xy"))
