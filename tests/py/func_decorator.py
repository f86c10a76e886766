# decorators: plain, with arguments, stacked, on methods
def trace(fn):
    def wrapper(*args, **kwargs):
        print("call", fn.__name__, len(args), args[-1], kwargs)
        r = fn(*args, **kwargs)
        print("ret", r)
        return r
    return wrapper
@trace
def add(a, b=0):
    return a + b
add(1, b=2)
def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def hello(who):
    return "hi " + who
print(hello("x"))
def tag(t):
    def deco(fn):
        return lambda: "<%s>%s</%s>" % (t, fn(), t)
    return deco
@tag("b")
@tag("i")
def text():
    return "word"
print(text())
registry = []
def register(fn):
    registry.append(fn.__name__)
    return fn
@register
def first(): pass
@register
def second(): pass
print(registry, first is not None)
class C:
    @trace
    def method(self, x):
        return x * 2
C().method(5)
