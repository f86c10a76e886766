# The exception being handled (sys.exc_info(), implicit __context__) is kept
# per generator: it does not leak to the consumer across yield, and comes
# back when the generator resumes.
import sys
def gen():
    try:
        raise ValueError("inner")
    except ValueError:
        yield 1
        print("in gen after resume:", repr(sys.exc_info()[1]))
        yield 2
g = gen()
next(g)
print("caller:", sys.exc_info())
try:
    raise KeyError("k")
except KeyError as e:
    print(repr(e.__context__))
next(g)
def g2():
    yield 1
try:
    raise TypeError("outer")
except TypeError:
    for v in g2():
        print("during", repr(sys.exc_info()[1]))
print(sys.exc_info())


def inner():
    try:
        raise KeyError("in")
    except KeyError:
        yield "a"
        print("inner sees", repr(sys.exc_info()[1]))
    yield "b"


def outer():
    try:
        raise IndexError("out")
    except IndexError:
        yield from inner()
        print("outer sees", repr(sys.exc_info()[1]))


for v in outer():
    print(v, repr(sys.exc_info()[1]))


def raiser():
    try:
        raise ValueError("first")
    except ValueError:
        yield 1
        raise RuntimeError("second")


r = raiser()
next(r)
try:
    next(r)
except RuntimeError as e:
    print(repr(e), repr(e.__context__))
print(sys.exc_info())


def closer():
    try:
        yield 1
    finally:
        print("closing with", repr(sys.exc_info()[1]))


c = closer()
next(c)
try:
    raise NameError("around close")
except NameError:
    c.close()
    print("after close", repr(sys.exc_info()[1]))
