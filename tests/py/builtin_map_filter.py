# map and filter are lazy iterators
print(list(map(str, [1, 2, 3])), list(map(len, ["a", "bb"])), list(map(pow, [2, 3], [3, 2])))
print(list(map(lambda a, b: a + b, "abc", "xy")))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])), list(filter(str.isupper, "aBcD")))
m = map(lambda x: x * 10, range(3))
print(next(m), list(m), list(m))
seen = []
lazy = map(lambda v: seen.append(v) or v, [1, 2, 3])
print(seen)
print(next(lazy), seen)
print(sum(map(int, "12345")), "".join(filter(lambda c: c not in "aeiou", "education")))
