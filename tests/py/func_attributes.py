# function objects: __name__, attributes, first-class use
def f(x):
    return x + 1
print(f.__name__, (lambda: 0).__name__, callable(f), callable(1))
g = f
print(g(1), g.__name__, g is f)
def apply(fn, *a):
    return fn(*a)
print(apply(f, 5), apply(max, 3, 9), apply(len, "abc"))
funcs = {"inc": f, "neg": lambda v: -v}
print(funcs["inc"](1), funcs["neg"](1))
def outer():
    def inner():
        pass
    return inner
print(outer().__name__)
print(type(f).__name__)
