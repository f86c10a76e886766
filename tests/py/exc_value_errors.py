# common ValueErrors and IndexErrors (checked by type name only)
cases = [
    lambda: int("x"), lambda: int("9", 2), lambda: [].index(1),
    lambda: "abc".index("z"), lambda: [1].remove(2), lambda: chr(-1), lambda: range(0, 1, 0),
    lambda: bytes([300]), lambda: "a,b".split(""), lambda: tuple().index(0),
]
for i, c in enumerate(cases):
    try:
        c()
        print(i, "no error")
    except ValueError as e:
        print(i, type(e).__name__)
idx = [lambda: [][0], lambda: ""[5], lambda: ()[-1], lambda: [].pop(), lambda: range(2)[2], lambda: b"x"[3]]
for i, c in enumerate(idx):
    try:
        c()
    except IndexError:
        print(i, "IndexError")
