# shallow copies share nested objects; slicing copies the outer list
a = [[1, 2], [3]]
b = a[:]
c = list(a)
d = a.copy()
a[0].append(99)
a.append("new")
print(a, b, c, d)
print(b[0] is a[0], b is a)
e = [x[:] for x in a[:2]]
a[1].append(4)
print(e, a[:2])
def mutate(lst):
    lst.append("mutated")
    lst = ["rebound"]
    return lst
orig = [0]
r = mutate(orig)
print(orig, r)
