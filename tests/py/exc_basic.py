# raising and catching builtin exceptions; e.args and str(e)
for thunk in (lambda: 1 // 0, lambda: [][1], lambda: {}["k"], lambda: int("x"),
              lambda: None.attr, lambda: undefined_name, lambda: "a" + 1, lambda: iter(5),
              lambda: next(iter([])), lambda: [].index(0), lambda: (1, 2).foo):
    try:
        thunk()
        print("no exception")
    except Exception as e:
        print(type(e).__name__)
try:
    raise ValueError("bad", 42)
except ValueError as e:
    print(e.args, str(e), repr(e))
try:
    raise ValueError
except ValueError as e:
    print(e.args, repr(str(e)), repr(e))
try:
    raise KeyError("k")
except KeyError as e:
    print(str(e), repr(e), e.args[0])
print(str(Exception()), str(Exception("one")), str(Exception("a", 1)), repr(Exception("a", 1)))
