# None: singleton, falsy, repr, comparisons, returned implicitly
def f():
    pass
x = None
print(x, repr(x), str(x), bool(x), x is None, f() is None, type(x).__name__)
print(None == None, None != 0, None == False, [None] * 2, {None: "n"}[None])
try:
    None < 1
except TypeError:
    print("TypeError ordering None")
try:
    n = None
    n()
except TypeError:
    print("TypeError calling None")
try:
    None.x = 1
except AttributeError:
    print("AttributeError")
