# super() in __init__ and in methods, across several levels
class Base:
    def __init__(self, a):
        self.a = a
        print("Base init")
    def describe(self):
        return "Base(a=%s)" % self.a
class Mid(Base):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
        print("Mid init")
    def describe(self):
        return "Mid[" + super().describe() + ", b=%s]" % self.b
class Top(Mid):
    def __init__(self):
        super().__init__(1, 2)
        print("Top init")
    def describe(self):
        return "Top<" + super().describe() + ">"
t = Top()
print(t.describe(), t.a, t.b)
class Explicit(Mid):
    def describe(self):
        return "Explicit:" + super(Mid, self).describe()
print(Explicit(7, 8).describe())
class WithClassmethod(Base):
    @classmethod
    def make(cls):
        return cls(99)
    def describe(self):
        return "WC " + super().describe()
print(WithClassmethod.make().describe())
