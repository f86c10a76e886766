# yield from: delegation to iterables and sub-generators, return value passing
def inner():
    yield "a"
    yield "b"
    return "inner done"
def outer():
    r = yield from inner()
    print("inner returned", r)
    yield from [1, 2]
    yield from range(3, 5)
    yield from "xy"
    return "outer done"
print(list(outer()))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], (3,), "ab", {"k": 1})))
def tree(n):
    if n:
        yield from tree(n - 1)
        yield n
        yield from tree(n - 1)
print(list(tree(3)))
def deleg():
    x = yield from outer()
    yield x
print(list(deleg()))
