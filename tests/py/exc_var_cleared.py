# the "as" name is unbound after the except block
e = "before"
try:
    raise ValueError("x")
except ValueError as e:
    print("inside", e)
try:
    print(e)
except NameError:
    print("NameError: e was cleared")
def f():
    try:
        1 // 0
    except ZeroDivisionError as err:
        saved = err
    return type(saved).__name__
print(f())
