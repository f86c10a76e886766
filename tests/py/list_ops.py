# list operators: comparison, containment, augmented ops, aliasing
a = [1, 2]
b = a
a += [3]
print(a, b, a is b)
a = a + [4]
print(a, b, a is b)
c = [0]
c *= 3
print(c)
print([1, 2] == [1, 2], [1, 2] < [1, 3], [2] > [1, 100], [] == [], [[]] == [[]])
grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
print(grid)
alias = [[0] * 2] * 2
alias[0][0] = 1
print(alias)
print(min([4, 2, 8]), max([4, 2, 8]), sum([4, 2, 8]), len([[], []]))
l = [1, 2, 3, 4, 5, 6]
print([x for x in l if x % 2], l[1:-1], l[-3:])
del l[0]
del l[-1]
print(l)
print(list(reversed(l)), l[::-2], any(l), all(l), all([]), any([]))
