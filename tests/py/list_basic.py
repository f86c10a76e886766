# list construction, indexing, mutation
l = [3, 1, 4, 1, 5]
print(l, len(l), l[0], l[-1], l[1:3], l[::-1], l[::2], l[10:])
l[0] = 30
l[-1] = 50
print(l)
l.append(9)
l.extend([2, 6])
l.insert(0, -1)
l.insert(100, 100)
l.insert(-1, 99)
print(l)
print(l.pop(), l.pop(0), l.pop(2), l)
l.remove(1)
print(l, l.index(9), l.count(1), 5 in l)
l.reverse()
print(l)
c = l.copy()
l.clear()
print(l, c, len(c))
print(list(), list("ab"), list((1, 2)), list(range(4)), [0] * 3, [1, 2] * 2, [1] + [2])
try:
    [].pop()
except IndexError:
    print("IndexError pop")
try:
    [1].remove(2)
except ValueError:
    print("ValueError remove")
try:
    [1, 2][5] = 0
except IndexError:
    print("IndexError assign")
