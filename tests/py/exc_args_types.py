# exception constructors accept any args; exceptions are normal objects
e = ValueError(1, [2], "three")
print(e.args, len(e.args), isinstance(e, Exception), type(e) is ValueError)
errs = [TypeError("t"), KeyError(5), IndexError(), OSError("o")]
print([type(x).__name__ for x in errs], [x.args for x in errs])
print(str(KeyError("key")), str(KeyError()), str(KeyError(1, 2)), str(IndexError("i")))
x = RuntimeError("stored")
x.extra = "attribute"
try:
    raise x
except RuntimeError as caught:
    print(caught is x, caught.extra)
try:
    raise 42
except TypeError:
    print("TypeError: exceptions must derive from BaseException")
try:
    raise ValueError
except ValueError as v:
    print("raising a class instantiates it", type(v).__name__, v.args)
