# devs_swap.py - replaces devs while core runs (run by test_devs.py).
# argv[1]: the new devs (a .so path natively, an MRFS file on boards)
import gc
import sys

import demo
import monty

count = 0            # state in core's heap: must survive the swap
keep = [1, 2, 3]


def probe():
    global count
    count += 1
    print("version", demo.version(), "calls", demo.calls(), "count", count,
          "core", monty.core_counter(), "area", demo.area_ok())


probe()
probe()
gc.collect()
before = gc.mem_alloc()
monty.devs_reload(sys.argv[1])
import demo          # the old devs' modules were forgotten: import again
probe()
gc.collect()
after = gc.mem_alloc()
# the old devs' malloc area (4000 bytes) was released on unload, the new
# devs allocated its own: the heap did not grow by another area
print("heap grew by less than an area:", after - before < 4000)
print(keep)
try:
    monty.devs_reload("no-such-devs")
except OSError as e:
    print("bad source:", e)
import demo          # the previous devs was loaded again: import it again
print("still here:", demo.version(), count)
