# MemoryError raised deep inside calls unwinds cleanly through finally blocks and with
# needs: bigint
import gc
class CM:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        log.append("exit")
log = []
def grow(depth):
    try:
        with CM():
            if depth == 0:
                return [0] * (10 ** 15)
            return grow(depth - 1)
    finally:
        log.append(depth)
try:
    grow(5)
except MemoryError:
    print("caught", log)
gc.collect()
print(list(range(5)), "ok")
