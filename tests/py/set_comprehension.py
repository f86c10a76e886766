# set comprehensions and sets of tuples/strings
squares = {x * x % 10 for x in range(20)}
print(sorted(squares))
pairs = {(x, y) for x in range(3) for y in range(3) if x != y}
print(len(pairs), sorted(pairs))
words = {w.lower() for w in "The the THE cat Cat dog".split()}
print(sorted(words))
print(sorted({c for c in "mississippi"}))
print(sorted({len(w) for w in ["a", "bb", "cc", "ddd"]}))
