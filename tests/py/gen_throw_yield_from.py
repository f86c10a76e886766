# throw() and close() on a generator suspended in 'yield from' go to the
# inner generator first (PEP 380)
def inner():
    try:
        yield 1
    except ValueError as e:
        print("inner caught", e)
        yield 2
def outer():
    try:
        r = yield from inner()
    except ValueError as e:
        print("outer caught", e)
        yield 3
g = outer(); print(next(g)); print(g.throw(ValueError("x")))
def inner():
    try:
        yield 1
    except ValueError as e:
        print("inner caught", e)
        return "inner-result"
def outer():
    r = yield from inner()
    print("outer got", r)
    yield 5
g = outer(); print(next(g)); print(g.throw(ValueError("x")))
def inner2():
    yield 1
def outer2():
    try:
        yield from inner2()
    except KeyError as e:
        print("outer2 caught", repr(e))
        yield 7
g = outer2(); next(g); print(g.throw(KeyError("k")))
def deep(n):
    if n == 0:
        try:
            yield "bottom"
        finally:
            print("bottom closed")
    else:
        yield from deep(n - 1)
g = deep(3); print(next(g)); g.close(); print("closed")
g = deep(2); next(g)
try:
    g.throw(RuntimeError("deep"))
except RuntimeError as e:
    print("propagated", e)
