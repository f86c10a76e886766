# property: getter, setter, deleter, read-only, computed
class Circle:
    def __init__(self, r):
        self._r = r
    @property
    def radius(self):
        print("get radius")
        return self._r
    @radius.setter
    def radius(self, v):
        print("set radius", v)
        if v < 0:
            raise ValueError("negative")
        self._r = v
    @radius.deleter
    def radius(self):
        print("del radius")
        self._r = 0
    @property
    def diameter(self):
        return self._r * 2
c = Circle(5)
print(c.radius, c.diameter)
c.radius = 7
print(c.diameter)
try:
    c.radius = -1
except ValueError as e:
    print("ValueError", e)
del c.radius
print(c._r)
try:
    c.diameter = 3
except AttributeError:
    print("AttributeError read-only")
class Old:
    def _get(self):
        return "via property()"
    x = property(_get)
print(Old().x)
class Sub(Circle):
    @property
    def diameter(self):
        return "sub " + str(super().diameter)
print(Sub(2).diameter)
