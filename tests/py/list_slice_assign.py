# slice assignment and deletion, including extended slices
l = list(range(10))
l[2:5] = ["a", "b"]
print(l)
l[:0] = [-2, -1]
print(l)
l[len(l):] = [100]
print(l)
l[1:3] = []
print(l)
l[::2] = [0] * len(l[::2])
print(l)
l = list(range(10))
l[1::3] = "xyz"
print(l)
del l[::2]
print(l)
del l[1:3]
print(l)
l = list(range(6))
l[4:1:-1] = [7, 8, 9]
print(l)
try:
    l[::2] = [1]
except ValueError:
    print("ValueError extended slice size")
l[:] = []
print(l)
m = [1, 2, 3]
m[1:2] = m
print(m)
