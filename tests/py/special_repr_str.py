# __repr__ and __str__: used by print, str, repr, f-strings, containers
class Both:
    def __repr__(self):
        return "Both<repr>"
    def __str__(self):
        return "Both<str>"
class ReprOnly:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "R(%r)" % (self.v,)
class StrOnly:
    def __str__(self):
        return "just str"
b = Both()
r = ReprOnly("x")
print(b, str(b), repr(b), [b], (b,), {"k": b})
print(r, str(r), repr(r), [r, ReprOnly(1)], {1: r})
print(f"{b} {b!r} {r} {r!s}", "%s %r" % (b, b), "{} {!r}".format(b, b))
print(str(StrOnly()), "{}".format(StrOnly()), [ReprOnly([1, "a"])])
class Nested:
    def __repr__(self):
        return "N" + repr([ReprOnly(0)])
print(Nested())
