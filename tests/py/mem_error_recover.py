# fill memory gradually until MemoryError (on a small board) and carry on.
# On a big host no MemoryError happens: the output is the same either way, so
# this checks that a caught MemoryError leaves the VM fully usable.
import gc
chunks = []
caught = False
try:
    for i in range(2000):
        chunks.append(bytearray(1000))
except MemoryError:
    caught = True
chunks = None
gc.collect()
d = {}
for i in range(200):
    d[i] = str(i) * 3
print(len(d), d[199], sum(len(v) for v in d.values()))
l = [x * x for x in range(300)]
print(sum(l))
print("recovered")
