# __getitem__ / __setitem__ / __delitem__ / __contains__
class Store:
    def __init__(self):
        self.data = {}
    def __getitem__(self, k):
        print("get", k)
        return self.data[k]
    def __setitem__(self, k, v):
        print("set", k, v)
        self.data[k] = v
    def __delitem__(self, k):
        print("del", k)
        del self.data[k]
    def __contains__(self, k):
        print("contains", k)
        return k in self.data
s = Store()
s["a"] = 1
s[2] = "two"
print(s["a"], s[2])
print("a" in s, "zz" in s, "zz" not in s)
del s["a"]
print(s.data)
try:
    s["missing"]
except KeyError:
    print("KeyError propagates")
s["n"] = 0
s["n"] += 5
print(s.data)
class Grid:
    def __init__(self):
        self.cells = {}
    def __getitem__(self, pos):
        x, y = pos
        return self.cells.get((x, y), ".")
    def __setitem__(self, pos, v):
        self.cells[pos] = v
g = Grid()
g[1, 2] = "#"
print(g[1, 2], g[0, 0], g[(1, 2)])
