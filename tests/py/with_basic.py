# with: __enter__ result bound by "as", __exit__ always called
class Res:
    def __init__(self, name):
        self.name = name
        self.open = False
    def __enter__(self):
        self.open = True
        print("open", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        self.open = False
        print("close", self.name, exc_type is None)
        return False
with Res("r1") as r:
    print("using", r.name, r.open)
print("after", r.open)
with Res("r2"):
    print("no as-target")
try:
    with Res("r3") as r:
        raise RuntimeError("in body")
except RuntimeError as e:
    print("caught", e, r.open)
class Target:
    pass
t = Target()
with Res("r4") as t.attr:
    print("bound to attribute", t.attr.name)
d = {}
with Res("r5") as d["key"]:
    pass
print(list(d))
