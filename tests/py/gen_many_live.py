# many suspended generators alive at once (generators must be cheap)
def ticker(i):
    n = 0
    while True:
        yield i * 1000 + n
        n += 1
gens = [ticker(i) for i in range(100)]
total = 0
for round_ in range(5):
    for g in gens:
        total += next(g)
print(total, next(gens[0]), next(gens[99]))
gens = None
def chain_depth(n):
    if n == 0:
        yield "bottom"
    else:
        yield from chain_depth(n - 1)
print(list(chain_depth(40)))
