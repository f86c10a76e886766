# adding keys while iterating over a dict raises RuntimeError
d = {"one": 1, "two": 2}
try:
    for key in d:
        d["new" + key] = 0
except RuntimeError:
    print("RuntimeError changed size")
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError:
    print("RuntimeError set changed size")
d2 = {"a": 1, "b": 2}
for k in d2:
    d2[k] = d2[k] * 10
print(d2)
for k in list(d2):
    del d2[k]
print(d2)
