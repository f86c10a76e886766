# global statement: rebinding module names from functions
counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump(); bump()
print(counter, bump())
def make_new():
    global fresh
    fresh = "created in function"
make_new()
print(fresh)
x = "module"
def shadow():
    x = "local"
    return x
def read_global():
    return x
print(shadow(), read_global(), x)
def unbound():
    try:
        print(x)
    except NameError as e:
        print("UnboundLocalError" if isinstance(e, UnboundLocalError) else "NameError")
    x = 1
unbound()
def two():
    global a, b
    a, b = 1, 2
two()
print(a, b)
