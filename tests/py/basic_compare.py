# comparison operators on mixed builtin types
print(1 < 2, 2 < 1, 1 == 1, 1 != 1, 2 >= 2, 3 <= 2)
print("abc" < "abd", "ab" < "abc", "b" > "abc", "" < "a")
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, 2) == (1, 2), (1,) < (1, 0))
print([1, [2, 3]] == [1, [2, 3]], [1, 2] != [1, 2])
print(True == 1, False == 0, True + True)
print(None == None, None is None, None != 0)
print(1 == "1", [] == (), "a" != b"a")
print({1: 2} == {1: 2}, {1: 2} == {1: 3})
a = [1]
b = [1]
print(a == b, a is b, a is not b)
for op in ("<", ">", "<=", ">="):
    try:
        if op == "<":
            r = 1 < "x"
        elif op == ">":
            r = [] > 1
        elif op == "<=":
            r = None <= None
        else:
            r = {} >= {}
        print("no error", r)
    except TypeError:
        print(op, "TypeError")
