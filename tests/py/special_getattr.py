# __getattr__ is consulted only for missing attributes
class Dyn:
    real = "real attr"
    def __init__(self):
        self.inst = "instance attr"
    def __getattr__(self, name):
        if name.startswith("get_"):
            return lambda: "computed " + name[4:]
        if name == "answer":
            return 42
        raise AttributeError(name)
d = Dyn()
print(d.real, d.inst, d.answer, d.get_thing(), d.get_x())
print(hasattr(d, "answer"), hasattr(d, "nope"), getattr(d, "nope", "fallback"))
try:
    d.nope
except AttributeError as e:
    print("AttributeError", e)
d.answer = "now real"
print(d.answer)
class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        print("forward", name)
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.sort()
print(p._target, p.count(1))
