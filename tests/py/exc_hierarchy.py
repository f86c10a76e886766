# the builtin exception hierarchy: except clauses catch subclasses
pairs = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError),
    (IndexError, LookupError), (KeyError, LookupError),
    (UnboundLocalError, NameError), (NotImplementedError, RuntimeError),
    (RecursionError, RuntimeError), (UnicodeError, ValueError),
    (ModuleNotFoundError, ImportError), (StopIteration, Exception),
    (AssertionError, Exception), (AttributeError, Exception), (TypeError, Exception),
    (MemoryError, Exception), (OSError, Exception), (EOFError, Exception),
    (Exception, BaseException), (KeyboardInterrupt, BaseException),
    (SystemExit, BaseException), (GeneratorExit, BaseException),
]
for sub, base in pairs:
    print(sub.__name__, base.__name__, issubclass(sub, base))
print(issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, Exception), issubclass(KeyError, IndexError))
try:
    {}["x"]
except LookupError as e:
    print("LookupError caught", type(e).__name__, isinstance(e, KeyError), isinstance(e, IndexError))
try:
    1 // 0
except ArithmeticError as e:
    print("ArithmeticError caught", type(e).__name__)
try:
    raise NotImplementedError("todo")
except RuntimeError as e:
    print("RuntimeError caught", type(e).__name__, e)
try:
    raise KeyboardInterrupt
except Exception:
    print("wrong: Exception must not catch KeyboardInterrupt")
except BaseException as e:
    print("BaseException caught", type(e).__name__)
