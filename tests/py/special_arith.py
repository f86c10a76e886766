# arithmetic special methods and their reflected and in-place forms
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return "Vec(%d, %d)" % (self.x, self.y)
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    def __rmul__(self, k):
        return Vec(k * self.x, k * self.y)
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __pos__(self):
        return self
    def __abs__(self):
        return abs(self.x) + abs(self.y)
    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)
    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)
    def __pow__(self, k):
        return Vec(self.x ** k, self.y ** k)
    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)
a, b = Vec(1, 2), Vec(10, 20)
print(a + b, b - a, a * 3, 3 * a, -a, +a, abs(Vec(-3, 4)), b // 3, b % 7, a ** 3)
print(a + b == Vec(11, 22), a == b)
c = a
c += b
print(c, a, c is a)
c *= 2
print(c)
try:
    a + 1
except AttributeError:
    print("AttributeError inside __add__")
try:
    "s" - a
except TypeError:
    print("TypeError no __rsub__")
print(sum([Vec(1, 1), Vec(2, 2)], Vec(0, 0)))
