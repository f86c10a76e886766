# abstract-style base methods raising NotImplementedError
class Shape:
    def area(self):
        raise NotImplementedError("subclass must implement")
    def describe(self):
        return "%s area=%d" % (type(self).__name__, self.area())
class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Broken(Shape):
    pass
print(Rect(3, 4).describe())
try:
    Broken().describe()
except NotImplementedError as e:
    print("NotImplementedError", e)
print(isinstance(NotImplementedError(), RuntimeError), NotImplemented is NotImplemented)
