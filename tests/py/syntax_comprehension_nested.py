# nested comprehensions of every kind
print([(x, y) for x in range(3) for y in range(x)])
print([[x * y for y in range(3)] for x in range(3)])
print([x for row in [[1, 2], [3], [], [4, 5]] for x in row if x % 2])
print({x: [y for y in range(x)] for x in range(4)})
print(sorted({(a, b) for a in "ab" for b in "ab" if a <= b}))
print(sum(x * y for x in range(4) for y in range(4) if x != y))
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([c for w in ["ab", "cd"] for c in w for _ in range(2)])
print({k: {v: k * v for v in range(2)} for k in range(2)})
g = ((i, j) for i in range(2) for j in (lambda n: range(n))(2))
print(list(g))
x = "outer"
print([x for x in range(3)], x)
print([[i for i in range(j)] for j in range(4) if j])
