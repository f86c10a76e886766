# sort and sorted: keys, reverse, stability
l = [5, 2, 8, 1, 9, 3, 2]
l.sort()
print(l)
l.sort(reverse=True)
print(l)
words = ["banana", "Apple", "cherry", "date", "Fig", "elder", "apple"]
print(sorted(words), sorted(words, key=len), sorted(words, key=lambda w: w.lower()))
print(sorted(words, key=len, reverse=True))
pairs = [(1, "b"), (0, "z"), (1, "a"), (0, "y"), (2, "c")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted([]), sorted([1]), sorted("cba"), sorted((3, 2, 1)), sorted({3: 0, 1: 0}))
data = [(i * 37) % 101 for i in range(100)]
s = sorted(data)
print(s[:10], s[-5:], all(s[i] <= s[i + 1] for i in range(len(s) - 1)))
nested = [[3, 1], [1, 2], [3, 0], [1]]
nested.sort()
print(nested)
try:
    [1, "a"].sort()
except TypeError:
    print("TypeError")
