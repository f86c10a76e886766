# default hashing by identity: distinct instances are distinct dict keys
class Plain:
    def __init__(self, tag):
        self.tag = tag
a, b = Plain("a"), Plain("b")
d = {a: 1, b: 2}
print(d[a], d[b], len(d), a in d, Plain("a") in d)
s = set()
for obj in (a, b, a, b, a):
    s.add(obj)
print(len(s), sorted(o.tag for o in s))
print(hash(a) == hash(a))
