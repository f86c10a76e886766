# classes: attributes, methods, instances, class vs instance attributes
class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm1(self):
        return abs(self.x) + abs(self.y)
    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)
p = Point(3, -4)
q = p.moved(1, 1)
print(p.x, p.y, p.norm1(), q.x, q.y, p.dims, Point.dims)
p.dims = 3
print(p.dims, Point.dims, q.dims)
Point.dims = 5
print(q.dims, p.dims)
print(type(p).__name__, type(p) is Point, isinstance(p, Point), Point.__name__)
print(Point.norm1(p), p.__class__ is Point)
p.z = 10
print(p.z, hasattr(q, "z"))
try:
    q.nothing
except AttributeError:
    print("AttributeError")
