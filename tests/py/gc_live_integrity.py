# a live structure survives many collections intact while garbage churns around it
import gc
live = {}
for i in range(150):
    live["k%d" % i] = [i, str(i), (i, i * 2)]
for round_ in range(20):
    junk = [[j] * 5 for j in range(100)]
    junk = None
    gc.collect()
ok = all(live["k%d" % i] == [i, str(i), (i, i * 2)] for i in range(150))
print(ok, len(live))
chain = None
for i in range(500):
    chain = (i, chain)
s = 0
while chain:
    s += chain[0]
    chain = chain[1]
print(s)
