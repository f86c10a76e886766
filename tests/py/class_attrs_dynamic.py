# getattr / setattr / hasattr / delattr on instances and classes
class C:
    cls_attr = "class level"
o = C()
setattr(o, "x", 1)
print(getattr(o, "x"), getattr(o, "y", "default"), hasattr(o, "x"), hasattr(o, "y"))
setattr(C, "added", lambda self: "added method")
print(o.added(), getattr(o, "cls_attr"))
delattr(o, "x")
print(hasattr(o, "x"))
try:
    delattr(o, "x")
except AttributeError:
    print("AttributeError delattr")
try:
    getattr(o, "missing")
except AttributeError:
    print("AttributeError getattr")
for name in ("a", "b", "c"):
    setattr(o, name, name.upper())
print([getattr(o, n) for n in "abc"])
print(getattr(1, "missing", "no attr on int"), hasattr("s", "upper"), hasattr([], "nope"))
