# slice objects and __getitem__ receiving slices
s = slice(1, 8, 2)
print(s, s.start, s.stop, s.step)
print(slice(5), slice(None, 3), slice(1, None, -1))
l = list(range(10))
print(l[s], "abcdefghij"[s], tuple(l)[s], bytes(range(10))[s])
class Show:
    def __getitem__(self, k):
        return k
x = Show()
print(x[1], x[1:2], x[::3], x[1:2, 3], x[:, 1], x["k"])
print(l[slice(None, None, -3)], l[slice(-3, None)])
