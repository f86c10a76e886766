# dicts preserve insertion order, also across deletion and re-insertion
d = {}
for k in ["zeta", "alpha", "mid", "beta", "omega"]:
    d[k] = len(k)
print(list(d), list(d.values()), list(d.items()))
del d["mid"]
d["mid"] = 0
print(list(d))
d["alpha"] = 100
print(list(d.items()))
n = {}
for i in range(50):
    n[(i * 7) % 50] = i
print(list(n)[:15])
for i in range(0, 50, 2):
    del n[i]
for i in range(0, 10):
    n[i * 100] = i
print(list(n))
print(d.popitem(), d.popitem(), list(d))
x = {3: "c", 1: "a", 2: "b"}
print(x, {k: v for k, v in sorted(x.items())})
