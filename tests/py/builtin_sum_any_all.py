# sum, any, all
print(sum([]), sum([1, 2, 3]), sum(range(10), 5), sum([[1], [2]], []), sum((x for x in range(4))))
print(any([]), any([0, "", None]), any([0, 1]), all([]), all([1, "a", [0]]), all([1, 0]))
print(any(x > 2 for x in range(5)), all(c.isdigit() for c in "123"), all(c.isdigit() for c in "12a"))
calls = []
def t(v):
    calls.append(v)
    return v
print(any(t(v) for v in [0, 1, 2, 3]), calls)
calls.clear()
print(all(t(v) for v in [1, 0, 2]), calls)
try:
    sum(["a", "b"], "")
except TypeError:
    print("TypeError sum of strings")
