# rich comparison methods; sorted, min, max use __lt__; reflected fallbacks
class V:
    def __init__(self, n):
        self.n = n
    def __lt__(self, o):
        return self.n < o.n
    def __le__(self, o):
        return self.n <= o.n
    def __gt__(self, o):
        return self.n > o.n
    def __ge__(self, o):
        return self.n >= o.n
    def __eq__(self, o):
        return self.n == o.n
    def __repr__(self):
        return "V%d" % self.n
vs = [V(3), V(1), V(2)]
print(sorted(vs), min(vs), max(vs), sorted(vs, reverse=True))
print(V(1) < V(2), V(1) <= V(1), V(2) > V(3), V(2) >= V(2), V(1) == V(1), V(1) != V(2))
class OnlyLt:
    def __init__(self, n):
        self.n = n
    def __lt__(self, o):
        print("lt", self.n, o.n)
        return self.n < o.n
a, b = OnlyLt(1), OnlyLt(2)
print(b > a)
try:
    a <= b
except TypeError:
    print("TypeError no __le__")
class Cmp:
    def __eq__(self, o):
        return NotImplemented
print(Cmp() == Cmp(), Cmp() != 3)
class Quiet:
    def __init__(self, n):
        self.n = n
    def __lt__(self, o):
        return self.n < o.n
print([q.n for q in sorted([Quiet(5), Quiet(2), Quiet(9), Quiet(1)])])
print(max(Quiet(3), Quiet(8), Quiet(1)).n, min([Quiet(3), Quiet(8), Quiet(1)]).n)
