# dict access, update, deletion, membership
d = {"a": 1, "b": 2}
d["c"] = 3
d["a"] = 10
print(d, len(d), d["b"], "c" in d, "z" in d, "z" not in d)
del d["b"]
print(d)
print(d.get("a"), d.get("z"), d.get("z", 0))
print(d.setdefault("a", 99), d.setdefault("n", []), d)
d["n"].append(1)
print(d.pop("n"), d.pop("zz", "dflt"), d)
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e)
try:
    del d["missing"]
except KeyError:
    print("KeyError del")
try:
    d.pop("missing")
except KeyError:
    print("KeyError pop")
d.update({"x": 1, "a": 0})
d.update(y=2)
d.update([("z", 3)])
print(d)
print(dict(), dict(a=1, b=2), dict([(1, 2), (3, 4)]), dict({"k": "v"}, extra=1))
print(dict(zip("abc", range(3))), dict.fromkeys("ab"), dict.fromkeys([1, 2], 0))
e = d.copy()
e["new"] = 1
print(len(d), len(e))
d.clear()
print(d, bool(d))
