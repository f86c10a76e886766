# generator.send(): values flow into the paused yield expression
def accumulator():
    total = 0
    while True:
        v = yield total
        if v is None:
            break
        total += v
    yield "final %d" % total
a = accumulator()
print(next(a))
print(a.send(5))
print(a.send(10))
print(a.send(None))
def echo():
    received = []
    while len(received) < 3:
        x = yield len(received)
        received.append(x)
    return received
e = echo()
print(next(e), e.send("a"), e.send("b"))
try:
    e.send("c")
except StopIteration as s:
    print("returned", s.value)
g = accumulator()
try:
    g.send(1)
except TypeError:
    print("TypeError send non-None to fresh generator")
def relay():
    r = yield from echo()
    yield r
rl = relay()
print(next(rl), rl.send(1), rl.send(2), rl.send(3))
