# an exception from inside a generator, uncaught by the consumer
def gen():
    yield 1
    yield 2
    raise KeyError("x")
for v in gen():
    print(v)
