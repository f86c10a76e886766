# a list of a couple of thousand items: growth, sum, membership, removal
l = []
for i in range(2000):
    l.append(i * 3 % 1000)
print(len(l), sum(l), l[1500], l[-1], max(l), min(l))
print(l.count(0), l.index(999), 999 in l, 1000 in l)
while len(l) > 10:
    l.pop()
print(l)
l = None
m = list(range(1500))
del m[100:1400]
print(len(m), m[98:102])
m = None
n = [0] * 1500
n[1499] = 1
print(sum(n), n.index(1))
