# exceptions raised inside generators propagate to the consumer; finally runs on exhaustion
def fails_at(n):
    try:
        for i in range(10):
            if i == n:
                raise ValueError("failed at %d" % i)
            yield i
    finally:
        print("generator finally")
out = []
try:
    for v in fails_at(3):
        out.append(v)
except ValueError as e:
    print(e, out)
print(list(fails_at(99)))
def stop_inside():
    yield 1
    raise StopIteration
try:
    print(list(stop_inside()))
except RuntimeError:
    print("RuntimeError: StopIteration inside generator")
def catch_in_gen():
    for x in [1, 0, 2]:
        try:
            yield 10 // x
        except ZeroDivisionError:
            yield "div0"
print(list(catch_in_gen()))
