# id() is stable for an object and differs between live objects
a = [1]
b = [1]
print(id(a) == id(a), id(a) != id(b), id(a) == id(b))
c = a
print(id(c) == id(a), type(id(a)).__name__)
objs = [object() for _ in range(10)]
print(len(set(id(o) for o in objs)))
