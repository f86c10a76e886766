# moderately deep recursion (works without a deep C stack in a stackless VM)
def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1
print(depth(200))
def sum_list(l, i=0):
    if i == len(l):
        return 0
    return l[i] + sum_list(l, i + 1)
print(sum_list(list(range(150))))
def build(n):
    return None if n == 0 else [n, build(n - 1)]
t = build(120)
c = 0
while t:
    c += t[0]
    t = t[1]
print(c)
