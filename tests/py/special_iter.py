# __iter__ / __next__: custom iterators in for loops, list(), unpacking, in
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
for i in Countdown(3):
    print(i)
print(list(Countdown(5)), sum(Countdown(4)), 2 in Countdown(3), max(Countdown(6)))
a, b, c = Countdown(3)
print(a, b, c)
class Repeat:
    def __init__(self, v, n):
        self.v, self.n = v, n
    def __iter__(self):
        for _ in range(self.n):
            yield self.v
r = Repeat("x", 3)
print(list(r), list(r), "".join(r), [c for c in r])
print(list(zip(Countdown(3), Repeat("y", 5))), list(enumerate(Repeat(0, 2))))
it = iter(Countdown(2))
print(next(it), next(it), next(it, "done"))
