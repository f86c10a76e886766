# finally runs on normal exit, on exception, and on return, in the right order
def f(mode):
    try:
        print("try", mode)
        if mode == "raise":
            raise ValueError("v")
        if mode == "return":
            return "returned"
    except ValueError:
        print("except")
        return "from except"
    else:
        print("else")
    finally:
        print("finally", mode)
    print("after")
    return "end"
for m in ("normal", "raise", "return"):
    print("=>", f(m))
def nested():
    try:
        try:
            raise KeyError("inner")
        finally:
            print("inner finally")
    except KeyError:
        print("outer except")
    finally:
        print("outer finally")
nested()
