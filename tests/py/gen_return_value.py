# return in a generator sets StopIteration.value
def g():
    yield 1
    return "result"
it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("value", e.value, e.args)
def empty():
    return
    yield
print(list(empty()))
def early(n):
    for i in range(n):
        if i == 2:
            return i
        yield i
print(list(early(10)))
