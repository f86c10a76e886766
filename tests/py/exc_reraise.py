# bare raise re-raises the active exception; raise inside except chains __context__
def f():
    try:
        1 // 0
    except ZeroDivisionError:
        print("logging, then re-raising")
        raise
try:
    f()
except ZeroDivisionError as e:
    print("caught re-raised", type(e).__name__)
try:
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")
except TypeError as e:
    print(e, type(e.__context__).__name__, e.__context__)
try:
    try:
        raise ValueError("keep")
    except ValueError as e:
        err = e
    raise err
except ValueError as e:
    print("raised stored exception", e, e is err)
try:
    raise
except RuntimeError:
    print("RuntimeError: no active exception")
