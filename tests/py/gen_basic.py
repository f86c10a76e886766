# generator functions: lazy execution, next(), StopIteration, reuse
def gen():
    print("start")
    yield 1
    print("middle")
    yield 2
    print("end")
g = gen()
print("created")
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration:
    print("StopIteration")
print(list(g), next(g, "default"))
print(list(gen()))
def squares(n):
    for i in range(n):
        yield i * i
print(list(squares(6)), sum(squares(10)), max(squares(4)))
for s in squares(3):
    print("s", s)
print(type(squares(1)).__name__, iter(g) is g)
