# demo.py - what `make run` shows on the emulated board: the boot, core and
# devs life cycle (-v) around a short Python program that uses all three.
import gc
import sys

import demo      # a C module from the devs segment
import monty     # core's segment services

print("Python on", sys.implementation.name, "- devs demo.version() =", demo.version())
print("demo.add(20, 22) =", demo.add(20, 22))


class Sensor:
    def __init__(self, name, readings):
        self.name = name
        self.readings = readings

    def mean(self):
        return sum(self.readings) / len(self.readings)


sensors = [Sensor("t%d" % i, [i * 10 + k for k in range(5)]) for i in range(3)]
for s in sensors:
    print(f"{s.name}: mean {s.mean():.1f}, max {max(s.readings)}")


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


g = fib()
print("fib:", [next(g) for _ in range(12)])
print("2**100 =", 2 ** 100)
gc.collect()
print("heap: %d bytes free, %d in use" % (gc.mem_free(), gc.mem_alloc()))
print("swapping devs while core runs...")
monty.devs_reload("devs2.seg")
import demo
print("devs demo.version() =", demo.version())
