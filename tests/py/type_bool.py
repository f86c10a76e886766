# bool: a subclass of int with two instances
print(True, False, repr(True), str(False), type(True).__name__)
print(True + True, True * 10, False - 1, True // 1, -True, True << 3)
print(True & False, True | False, True ^ True, type(True & True).__name__, type(True + 0).__name__)
print(bool(1), bool(0), bool(-1), bool(""), bool("0"), bool(None), bool([0]))
print(True == 1, False == 0, True is bool(5), [False, True][True], "ab"[True])
print(int(True), str(True), True > False, max(False, True), sum([True, True, False]))
print(isinstance(True, int), bool.__name__)
