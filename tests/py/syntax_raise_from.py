# raise X from Y sets __cause__; raise from None suppresses context
try:
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("converted") from e
except ValueError as v:
    print(v, type(v.__cause__).__name__, v.__cause__)
try:
    try:
        1 // 0
    except ZeroDivisionError:
        raise RuntimeError("hidden") from None
except RuntimeError as r:
    print(r, r.__cause__)
try:
    raise TypeError("t") from ValueError("why")
except TypeError as t:
    print(t, repr(t.__cause__))
try:
    try:
        raise KeyError("inner")
    except KeyError:
        raise IndexError("outer")
except IndexError as i:
    print(i, repr(i.__context__), i.__cause__)
