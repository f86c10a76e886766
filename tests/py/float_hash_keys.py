# equal numbers are equal dict keys across int/float/bool
# needs: float
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
d2 = {0.5: "half", 2.0: "two"}
print(d2[2], d2.get(0.5), 2 in d2)
s = {1, 1.0, True, 2, 2.0, 3.5}
print(len(s), sorted(s))
print(hash(3) == hash(3.0), hash(0) == hash(0.0) == hash(False))
print({-0.0: "z"}[0])
