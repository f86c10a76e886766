# try with except/else/finally in all combinations
def run(fail):
    try:
        print("body", fail)
        if fail:
            raise ValueError("v")
    except ValueError as e:
        print("except", e)
    else:
        print("else")
    finally:
        print("finally")
run(False)
run(True)
try:
    pass
finally:
    print("try/finally only")
try:
    x = 1
except Exception:
    print("no")
else:
    print("try/except/else", x)
try:
    {}["k"]
except (TypeError, KeyError) as e:
    print("tuple except", type(e).__name__)
try:
    [][0]
except TypeError:
    print("no")
except IndexError:
    print("second clause")
except Exception:
    print("no")
try:
    1 // 0
except:
    print("bare except")
