# del on names, subscripts, slices, attributes and several targets
x = 1
del x
try:
    print(x)
except NameError:
    print("NameError after del")
l = [0, 1, 2, 3, 4, 5]
del l[0], l[-1]
print(l)
del l[1:3]
print(l)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
class C:
    pass
o = C()
o.attr = 5
o.other = 6
del o.attr
print(hasattr(o, "attr"), o.other)
a, b = 1, 2
del a, b
try:
    print(a)
except NameError:
    print("deleted both")
def f():
    y = 1
    del y
    try:
        return y
    except NameError:
        return "local NameError"
print(f())
t = [[1, 2], [3, 4]]
del t[0][1]
print(t)
