# list.index with start/stop, negative indexes, insert at negative positions
l = ["a", "b", "c", "a", "b", "c"]
print(l.index("a"), l.index("a", 1), l.index("c", 3, 6), l.index("b", -2))
try:
    l.index("a", 1, 3)
except ValueError:
    print("ValueError")
m = [1, 2, 3]
m.insert(-1, "x")
m.insert(-100, "first")
print(m, m[-1], m[-len(m)])
try:
    m[-10]
except IndexError:
    print("IndexError")
print(m.pop(-2), m)
