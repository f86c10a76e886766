# allocate far more short-lived objects than fit in a small heap at once
acc = 0
for i in range(20000):
    t = (i, [i, i + 1], "s%d" % (i % 100))
    acc = (acc + t[1][1] + len(t[2])) % 1000003
print(acc)
keep = []
for i in range(5000):
    obj = {"i": i, "sq": i * i % 9973}
    if i % 500 == 0:
        keep.append(obj)
print(len(keep), [k["sq"] for k in keep])
s = ""
for i in range(3000):
    s = ("%d" % i)[-3:] + s[:50]
print(len(s), s[:12])
