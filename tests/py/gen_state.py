# independent generator instances keep separate local state
def counter(start, step):
    v = start
    while True:
        yield v
        v += step
a = counter(0, 1)
b = counter(100, -10)
print([next(a) for _ in range(3)], [next(b) for _ in range(3)], next(a), next(b))
def interleave(*gens):
    gens = list(gens)
    while gens:
        for g in list(gens):
            try:
                yield next(g)
            except StopIteration:
                gens.remove(g)
print(list(interleave(iter("abc"), iter([1, 2]), iter((True,)))))
def with_locals():
    data = []
    for i in range(4):
        data.append(i)
        yield list(data)
print(list(with_locals()))
