# sorted always returns a new list; reversed on sequences and ranges
l = [3, 1, 2]
s = sorted(l)
print(s, l, s is l, sorted("cab"), sorted((2, 1)), sorted({"b": 1, "a": 2}), sorted(range(3), reverse=True))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1, 2))), list(reversed(range(1, 10, 3))))
r = reversed([1, 2])
print(next(r), next(r), next(r, "end"))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return "s%d" % i
print(list(reversed(Seq())))
class Rev:
    def __reversed__(self):
        return iter("custom")
print("".join(reversed(Rev())))
try:
    reversed({1, 2})
except TypeError:
    print("TypeError reversed(set)")
