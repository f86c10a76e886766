# common TypeErrors (checked by type name only)
five = 5
nothing = None
cases = [
    lambda: "a" + 1, lambda: 1 + "a", lambda: [] + (), lambda: len(5), lambda: five(),
    lambda: "abc"[nothing], lambda: {}[[]], lambda: sum("ab"), lambda: int([]),
    lambda: (lambda x: x)(), lambda: (lambda: 0)(1), lambda: -"s", lambda: "s" * "t",
    lambda: [1, 2] < 3, lambda: abs("x"), lambda: iter(None),
]
for i, c in enumerate(cases):
    try:
        c()
        print(i, "no error")
    except TypeError:
        print(i, "TypeError")
