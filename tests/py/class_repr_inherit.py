# __repr__ and __str__ are inherited and can be overridden or extended
class Base:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, self.v)
class Child(Base):
    pass
class Loud(Base):
    def __str__(self):
        return super().__repr__().upper()
print(Base(1), Child("x"), [Child(2)], Loud("q"), repr(Loud("q")))
print(str(Child(3)), "%s|%r" % (Loud(1), Loud(1)))
