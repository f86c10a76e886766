# range objects: iteration, len, indexing, slicing, membership, repr
print(list(range(5)), list(range(2, 8)), list(range(0, 20, 5)), list(range(10, 0, -3)))
print(list(range(0)), list(range(5, 2)), list(range(-3, 3)), list(range(3, -3, -1)))
r = range(3, 30, 4)
print(len(r), r[0], r[-1], r[2], 7 in r, 8 in r, r.index(11), r.count(15))
print(r[1:4], list(r[1:4]), list(r[::-1]), r[::2])
print(range(5), range(1, 5), range(1, 5, 2), range(0, -5, -1))
print(len(range(0, 100, 7)), len(range(100, 0, -7)), len(range(1, 1)))
print(list(reversed(range(4))), sum(range(101)), max(range(7)), min(range(4, 9)))
try:
    range(1, 5, 0)
except ValueError:
    print("ValueError step 0")
try:
    range(3)[5]
except IndexError:
    print("IndexError")
print(range(0, 3) == range(0, 3), range(0) == range(5, 5))
