# keys/values/items views and iteration
d = {"one": 1, "two": 2, "three": 3}
k = d.keys()
v = d.values()
it = d.items()
print(list(k), list(v), list(it), len(k), "two" in k, 3 in v, ("one", 1) in it)
d["four"] = 4
print(list(k), len(v))
for key in d:
    print(key, d[key])
for key, val in d.items():
    print(key, "=", val)
print(sorted(d.values()), sum(d.values()), max(d), min(d.keys()))
print([x for x in d if len(x) == 3])
