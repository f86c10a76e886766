# reflected operators and NotImplemented dispatch
class Num:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "Num(%r)" % (self.v,)
    def __add__(self, o):
        if isinstance(o, Num):
            return Num(self.v + o.v)
        if isinstance(o, int):
            return Num(self.v + o)
        return NotImplemented
    def __radd__(self, o):
        print("radd with", o)
        return Num(o + self.v)
    def __sub__(self, o):
        return Num(self.v - (o.v if isinstance(o, Num) else o))
    def __rsub__(self, o):
        return Num(o - self.v)
    def __rtruediv__(self, o):
        return "rtruediv %r / %r" % (o, self.v)
    def __rfloordiv__(self, o):
        return Num(o // self.v)
    def __rmod__(self, o):
        return Num(o % self.v)
    def __rpow__(self, o):
        return Num(o ** self.v)
n = Num(5)
print(n + 1, 1 + n, n + n, 10 - n, n - 1, 7 // Num(2), 7 % Num(4), 2 ** Num(5))
print(3 / n)
print(sum([Num(1), Num(2)]))
try:
    n + "s"
except TypeError:
    print("TypeError after NotImplemented")
class Other:
    def __radd__(self, o):
        return "Other.__radd__ got " + type(o).__name__
print(Num(1) + Other(), 5 + Other(), "s" + Other())
