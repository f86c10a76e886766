# Class attribute lookups are cached per (class, name): every change to a
# class (set, delete, in a base class too) must be seen at once, and a
# collection that frees a class must not leave stale answers behind.
import gc


class Base:
    def f(self):
        return "Base.f"

    def __add__(self, other):
        return "Base.add"


class Mid(Base):
    pass


class Leaf(Mid):
    pass


x = Leaf()
for i in range(3):
    print(x.f(), x + 1)

# replace a method in the base: the subclass sees it
Base.f = lambda self: "new Base.f"
print(x.f())

# shadow it in the middle class, then delete the shadow again
Mid.f = lambda self: "Mid.f"
print(x.f())
del Mid.f
print(x.f())

# dunders are looked up through the same cache
Base.__add__ = lambda self, other: "new add %r" % (other,)
print(x + 2)
Leaf.__add__ = lambda self, other: "Leaf add"
print(x + 3)
del Leaf.__add__
print(x + 4)

# a name that was missing becomes present
try:
    x.g()
except AttributeError as e:
    print("AttributeError", e)
Base.g = lambda self: "g now"
print(x.g())
del Base.g
try:
    x.g()
except AttributeError as e:
    print("AttributeError", e)

# instance attributes shadow class attributes
x.f = lambda: "instance f"
print(x.f())
del x.f
print(x.f())


# many short-lived classes: after collections, new classes may take the
# addresses of dead ones; each must answer with its own attributes
def make(n):
    class K:
        def who(self):
            return n
    return K


total = 0
for i in range(300):
    K = make(i)
    total += K().who()
    if i % 50 == 0:
        gc.collect()
print(total)

# class attribute (not a method) changes seen through instances
class Counter:
    count = 0

c = Counter()
for i in range(5):
    Counter.count += 1
    print(c.count, end=" ")
print()
