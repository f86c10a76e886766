# arbitrary attributes can be stored on function objects
def f():
    return f.calls
f.calls = 0
f.calls += 1
print(f(), hasattr(f, "calls"), hasattr(f, "nothing"), getattr(f, "nothing", "dflt"))
def tagged(tag):
    def deco(fn):
        fn.tag = tag
        return fn
    return deco
@tagged("api")
def handler():
    pass
print(handler.tag)
