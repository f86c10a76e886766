# enumerate and zip
print(list(enumerate("abc")), list(enumerate("ab", start=10)), list(enumerate([], 5)))
for i, (a, b) in enumerate(zip("xy", [1, 2])):
    print(i, a, b)
print(list(zip()), list(zip([1, 2, 3])), list(zip("abc", range(10), (True, False))))
names = ["a", "b", "c"]
vals = [1, 2, 3]
print(dict(zip(names, vals)), list(zip(*[(1, 2), (3, 4), (5, 6)])))
e = enumerate("hi")
print(next(e), next(e), next(e, "done"))
z = zip([1, 2], "ab")
print(next(z), list(z), list(z))
