# an LRU cache built on dict insertion order
class LRU:
    def __init__(self, cap):
        self.cap = cap
        self.d = {}
        self.hits = self.misses = 0
    def get(self, k):
        if k in self.d:
            v = self.d.pop(k)
            self.d[k] = v
            self.hits += 1
            return v
        self.misses += 1
        return None
    def put(self, k, v):
        if k in self.d:
            self.d.pop(k)
        elif len(self.d) >= self.cap:
            oldest = next(iter(self.d))
            del self.d[oldest]
        self.d[k] = v
c = LRU(3)
for k in "abcab":
    if c.get(k) is None:
        c.put(k, k.upper())
print(list(c.d.items()), c.hits, c.misses)
c.put("d", "D")
print(list(c.d), c.get("c"), c.get("a"))
c.put("e", "E")
print(list(c.d))
seq = [(i * 7) % 11 for i in range(60)]
big = LRU(5)
for k in seq:
    if big.get(k) is None:
        big.put(k, k * k)
print(big.hits, big.misses, list(big.d))
