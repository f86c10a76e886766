# closures capture variables, not values; each call makes a new cell
def make_counter(start):
    n = start
    def step():
        nonlocal n
        n += 1
        return n
    return step
a = make_counter(0)
b = make_counter(100)
print(a(), a(), b(), a(), b())
def make_adders():
    return [lambda x, k=k: x + k for k in range(3)]
print([f(1) for f in make_adders()])
def late_binding():
    fs = []
    for k in range(3):
        fs.append(lambda: k)
    return [f() for f in fs]
print(late_binding())
def cell_changes():
    v = "before"
    get = lambda: v
    v = "after"
    return get()
print(cell_changes())
