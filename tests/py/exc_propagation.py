# exceptions unwind through several frames, running each finally
def level(n):
    try:
        if n == 0:
            raise LookupError("bottom")
        level(n - 1)
    finally:
        print("unwind", n)
try:
    level(5)
except LookupError as e:
    print("caught", e)
def catcher(n):
    try:
        return thrower(n)
    except ZeroDivisionError:
        return "caught at catcher"
def thrower(n):
    return 100 // n
print(catcher(5), catcher(0))
def through_loop():
    for i in range(3):
        for j in range(3):
            if i == 1 and j == 2:
                raise StopIteration("manual")
    return "done"
try:
    through_loop()
except StopIteration as e:
    print("StopIteration", e)
