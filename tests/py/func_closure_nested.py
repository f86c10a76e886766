# closures over several enclosing levels and shared cells
def level1(a):
    def level2(b):
        def level3(c):
            return a + b + c
        return level3
    return level2
print(level1(1)(10)(100))
def shared():
    x = 0
    def inc():
        nonlocal x
        x += 1
    def get():
        return x
    return inc, get
inc, get = shared()
inc(); inc(); inc()
print(get())
def outer():
    items = []
    def add(v):
        items.append(v)
        return len(items)
    add(1); add(2)
    return add, items
add, items = outer()
add(3)
print(items)
def param_capture(p):
    return lambda: p * 2
print(param_capture(21)(), param_capture("ab")())
def gen_closure(n):
    def g():
        for i in range(n):
            yield i * n
    return g
print(list(gen_closure(3)()))
