# format() builtin and __format__ defaults
print(format(255, "x"), format(255, "#b"), format(7, "03d"), format("s", ">4"), format(12))
print(format("abc"), format([1], ""), format(None, ""), format(True, ""))
print(format(-5, "+d"), format(5, "+d"), format(1234567, ","), format(42, "^8") + "|")
print(format(10, "o"), format(10, "X"), format(-10, "x"))
