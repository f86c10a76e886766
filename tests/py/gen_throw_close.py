# generator.throw() and generator.close() with try/finally inside
def worker():
    try:
        while True:
            try:
                x = yield "ready"
                print("got", x)
            except ValueError as e:
                print("handled inside", e)
                yield "recovered"
    finally:
        print("cleanup")
w = worker()
print(next(w))
print(w.send(1))
print(w.throw(ValueError("oops")))
print(next(w))
w.close()
print("closed")
w.close()
try:
    next(w)
except StopIteration:
    print("StopIteration after close")
def unhandled():
    yield 1
    yield 2
u = unhandled()
next(u)
try:
    u.throw(KeyError("k"))
except KeyError as e:
    print("propagated", e)
def catches_exit():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
c = catches_exit()
next(c)
c.close()
fresh = unhandled()
fresh.close()
print(list(fresh))
