# unpacking with starred targets in assignment and for loops
a, *b = [1, 2, 3, 4]
print(a, b)
*a, b = "xyz"
print(a, b)
a, *b, c = range(5)
print(a, b, c)
a, *b, c = [1, 2]
print(a, b, c)
(a, b), *rest = [(1, 2), 3, 4]
print(a, b, rest)
first, (second, *inner), last = 1, (2, 3, 4), 5
print(first, second, inner, last)
for head, *tail in [(1, 2, 3), (4,), "ab"]:
    print(head, tail)
[x, *y] = (9,)
print(x, y)
try:
    a, b = [1, 2, 3]
except ValueError:
    print("ValueError too many")
try:
    a, b, *c = [1]
except ValueError:
    print("ValueError not enough")
k, v = {"key": "value"}.popitem()
print(k, v)
a, b = b"hi"
print(a, b)
