# gc.collect() is callable and memory statistics (when present) are ints
import gc
gc.collect()
data = [list(range(10)) for _ in range(50)]
gc.collect()
print(len(data), sum(map(sum, data)))
if hasattr(gc, "mem_free") and hasattr(gc, "mem_alloc"):
    ok = isinstance(gc.mem_free(), int) and isinstance(gc.mem_alloc(), int) and gc.mem_alloc() > 0
else:
    ok = True
print("stats ok", ok)
data = None
gc.collect()
print("collected")
