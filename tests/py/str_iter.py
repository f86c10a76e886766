# iterating strings
s = "abc"
for ch in s:
    print(ch, end=" ")
print()
for i, ch in enumerate("xyz", 1):
    print(i, ch)
print(list(reversed("hello")), sorted("banana"), list(map(ord, "AB")))
print("".join(sorted(set("mississippi"))))
it = iter("hi")
print(next(it), next(it), next(it, "end"))
print([c * 2 for c in "ab"], {c: s.index(c) for c in s})
print(max("hello"), min("hello"), "l" in "hello")
print(tuple("ab"), list(zip("ab", "xyz")))
