# __missing__ on dict subclasses
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for w in "a b a c a b".split():
    c[w] = c[w] + 1
print(c, c["zzz"], "zzz" in c)
