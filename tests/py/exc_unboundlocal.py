# assigning a name anywhere in a function makes it local everywhere in it
x = "global"
def f():
    try:
        print(x)
    except UnboundLocalError:
        print("UnboundLocalError")
    except NameError:
        print("NameError (but not UnboundLocalError)")
    x = "local"
    return x
print(f())
def g(flag):
    if flag:
        y = 1
    return y
print(g(True))
try:
    g(False)
except NameError as e:
    print(type(e).__name__, isinstance(e, NameError))
