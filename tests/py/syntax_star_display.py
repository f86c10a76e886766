# starred items in list/tuple/set displays and ** in dict displays
a = [1, 2]
b = (3, 4)
print([*a, *b], (*a, 0, *b), [*"hi", *range(2)], (*a,))
print(sorted({*a, *b, 1}))
d1 = {"x": 1, "y": 2}
d2 = {"y": 20, "z": 30}
print({**d1, **d2}, {**d2, **d1}, {"w": 0, **d1, "x": 100})
print([*[], *[]], {**{}})
