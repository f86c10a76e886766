def f1():
    for i in range(5):
        try:
            if i == 1: continue
            if i == 3: break
            print("body", i)
        finally:
            print("fin", i)
    else:
        print("else")
    return "end"
print(f1())
def f2():
    try:
        try:
            return "inner"
        finally:
            print("fin1")
    finally:
        print("fin2")
print(f2())
def f3():
    try:
        return 1
    finally:
        return 2
print(f3())
def f4():
    for i in range(3):
        try:
            try:
                raise ValueError(i)
            except ValueError as e:
                if i == 1:
                    continue
                if i == 2:
                    return "ret %s" % e
                print("handled", e)
            finally:
                print("f", i)
        finally:
            print("outer", i)
print(f4())
def f5():
    x = 0
    while True:
        x += 1
        try:
            if x > 3:
                break
        finally:
            print("w", x)
    return x
print(f5())
def f6():
    try:
        raise KeyError("a")
    except KeyError as e:
        try:
            raise ValueError("b")
        except ValueError as e2:
            print("inner", repr(e2), repr(e2.__context__))
        print("after inner", repr(e))
        try:
            raise
        except KeyError as e3:
            print("reraised", repr(e3))
    try:
        e
    except NameError:
        print("e deleted")
f6()
def f7():
    try:
        pass
    finally:
        try:
            raise TypeError("x")
        except TypeError:
            print("caught in finally")
    return 7
print(f7())
def f8(n):
    try:
        if n: raise OSError("o")
    except (KeyError, OSError) as e:
        print("tuple match", type(e).__name__)
    else:
        print("no exc")
    finally:
        print("fin8")
f8(0); f8(1)
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen cleanup")
g = gen(); print(next(g)); g.close()
def gen2():
    try:
        yield 1
    except ValueError as e:
        print("gen got", e)
        yield 99
g = gen2(); next(g); print(g.throw(ValueError("thrown")))
def deleg():
    r = yield from gen3()
    print("deleg got", r)
    yield r
def gen3():
    x = yield "a"
    print("gen3 received", x)
    return x * 2
d = deleg(); print(next(d)); print(d.send(21))
class CM:
    def __init__(self, n, suppress=False): self.n = n; self.s = suppress
    def __enter__(self): print("enter", self.n); return self.n
    def __exit__(self, t, v, tb): print("exit", self.n, t.__name__ if t else None); return self.s
def f9():
    with CM(1) as a, CM(2, True) as b:
        raise RuntimeError("boom")
    print("suppressed", a, b)
    with CM(3):
        return "from with"
print(f9())
for i in range(3):
    with CM(i):
        if i == 1: continue
        if i == 2: break
        print("in with", i)
try:
    with CM(9):
        raise ZeroDivisionError
except ZeroDivisionError:
    print("propagated")
