# iter() and next() on builtin containers
for c in ([1, 2], (3, 4), "ab", b"\x05\x06", {"k": 0, "j": 1}, range(2)):
    it = iter(c)
    print(type(c).__name__, next(it), next(it), next(it, "end"))
it = iter([1, 2, 3])
print(list(it), list(it))
it = iter([10, 20])
for x in it:
    print("loop", x, next(it, "none"))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 4)))
try:
    next(iter([]))
except StopIteration:
    print("StopIteration")
try:
    iter(3)
except TypeError:
    print("TypeError not iterable")
s = {1}
print(next(iter(s)))
