# repr of self-referencing containers uses "..."
l = [1, 2]
l.append(l)
print(l)
d = {"k": 1}
d["self"] = d
print(d)
a = [0]
b = [a]
a.append(b)
print(a)
