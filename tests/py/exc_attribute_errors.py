# AttributeError from instances, classes, modules and builtins
class C:
    x = 1
for obj, name in ((C(), "y"), (C, "z"), (1, "foo"), ("s", "bar"), ([], "push"), (None, "x")):
    try:
        getattr(obj, name)
    except AttributeError:
        print("AttributeError", type(obj).__name__, name)
try:
    (1).real_attr = 5
except AttributeError:
    print("AttributeError setting on int")
try:
    [].x = 1
except AttributeError:
    print("AttributeError setting on list")
