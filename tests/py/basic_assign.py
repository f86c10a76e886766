# assignment forms: chained, tuple, swap, nested targets
a = b = c = 5
print(a, b, c)
x, y = 1, 2
x, y = y, x
print(x, y)
(p, q), r = (1, 2), 3
print(p, q, r)
[m, n] = "mn"
print(m, n)
lst = [0, 0, 0]
i = 0
i, lst[i] = 1, 9
print(i, lst)
d = {}
d["k"] = d2 = {}
d2["z"] = 1
print(d)
t = 1,
print(t)
u = v = []
u.append(1)
print(v)
for k, (ka, kb) in [(1, (2, 3)), (4, (5, 6))]:
    print(k, ka, kb)
