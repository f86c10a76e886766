# growing and shrinking a dict with many keys keeps every mapping intact
d = {}
for i in range(500):
    d[i * 7919 % 10007] = i
print(len(d))
ok = True
for i in range(500):
    if d[i * 7919 % 10007] != i:
        ok = False
print(ok)
for i in range(0, 500, 3):
    del d[i * 7919 % 10007]
print(len(d), sum(d.values()))
s = {}
for i in range(300):
    s["k" + str(i)] = i
print(len(s), s["k0"], s["k299"], "k300" in s, list(s)[:3], list(s)[-2:])
for i in range(300):
    del s["k" + str(i)]
print(s, len(s))
s["again"] = 1
print(s)
