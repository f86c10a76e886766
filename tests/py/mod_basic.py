# helper module for the import_* tests: defines names, prints nothing
VERSION = 3
names = ["alpha", "beta"]
_hidden = "private by convention"
def greet(who):
    return "hello " + who
def double(x):
    return 2 * x
class Shape:
    sides = 0
    def __init__(self, label):
        self.label = label
    def describe(self):
        return "%s with %d sides" % (self.label, self.sides)
class Square(Shape):
    sides = 4
def module_name():
    return __name__
