# the first matching except clause wins, even if a later one is more specific
def f(exc):
    try:
        raise exc
    except LookupError:
        return "LookupError clause"
    except KeyError:
        return "KeyError clause (unreachable for KeyError)"
    except Exception as e:
        return "Exception clause for " + type(e).__name__
print(f(KeyError("k")), f(IndexError()), f(ValueError()), f(ZeroDivisionError()))
try:
    try:
        raise TypeError("t")
    except ValueError:
        print("wrong")
except TypeError:
    print("outer handler catches what inner did not")
