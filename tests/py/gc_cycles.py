# reference cycles become garbage and are reclaimed (needs a tracing collector)
import gc
class Node:
    def __init__(self, v):
        self.v = v
        self.other = None
total = 0
for i in range(3000):
    a = Node(i)
    b = Node(i + 1)
    a.other = b
    b.other = a
    l = [a]
    l.append(l)
    total += a.other.v
gc.collect()
print(total)
ring = None
for r in range(50):
    first = Node(0)
    cur = first
    for k in range(1, 20):
        n = Node(k)
        cur.other = n
        cur = n
    cur.other = first
    ring = first
c = 0
n = ring
while True:
    c += n.v
    n = n.other
    if n is ring:
        break
print(c)
