# recursion through nested generators (yield from), each level its own frame
def walk(n):
    if n == 0:
        yield 0
        return
    yield n
    yield from walk(n - 1)
print(sum(walk(60)), len(list(walk(60))))
def perms(items):
    if len(items) <= 1:
        yield items
        return
    for i in range(len(items)):
        for rest in perms(items[:i] + items[i + 1:]):
            yield items[i:i + 1] + rest
print(list(perms("abc")))
print(sum(1 for _ in perms([1, 2, 3, 4, 5])))
