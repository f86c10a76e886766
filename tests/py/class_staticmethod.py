# staticmethod and classmethod
class Temp:
    unit = "C"
    count = 0
    def __init__(self, deg):
        self.deg = deg
        Temp.count += 1
    @staticmethod
    def convert(c):
        return c * 9 // 5 + 32
    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 // 9)
    @classmethod
    def describe(cls):
        return cls.__name__ + " in " + cls.unit
class Kelvin(Temp):
    unit = "K"
print(Temp.convert(100), Temp(5).convert(0))
t = Temp.from_f(212)
print(t.deg, type(t).__name__)
k = Kelvin.from_f(32)
print(k.deg, type(k).__name__, Kelvin.describe(), k.describe(), Temp.describe())
print(Temp.count)
class Util:
    @staticmethod
    def helper(*args):
        return len(args)
    def use(self):
        return self.helper(1, 2) + Util.helper()
print(Util().use(), Util.helper(1))
