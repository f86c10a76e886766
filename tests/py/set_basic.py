# set construction and mutation (printed sorted: set order is unspecified)
s = {3, 1, 2, 3, 1}
print(len(s), sorted(s), 2 in s, 5 in s, 5 not in s)
s.add(10)
s.add(1)
print(sorted(s))
s.discard(2)
s.discard(99)
s.remove(3)
print(sorted(s))
try:
    s.remove(99)
except KeyError:
    print("KeyError remove")
p = s.pop()
print(p in (1, 10), len(s))
s.clear()
print(len(s), s == set(), set())
print(sorted(set("hello")), sorted(set([1, 2, 2])), sorted(set(range(5))), len(set()))
t = set()
for i in range(100):
    t.add(i % 17)
print(len(t), sorted(t))
u = {1, 2}
u.update([3, 4], {5})
print(sorted(u))
c = u.copy()
c.add(6)
print(len(u), len(c))
