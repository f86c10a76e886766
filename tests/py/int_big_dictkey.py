# big ints as dict keys and set members: equal values must find each other
# needs: bigint
d = {}
for i in range(60, 70):
    d[2 ** i] = i
print(d[1 << 65], d[2 ** 60], (2 ** 69) in d, (2 ** 70) in d)
k = 10 ** 20
d[k] = "big"
print(d[100000000000000000000], d[int("1" + "0" * 20)])
s = {2 ** 40, 2 ** 40, 4 ** 20, 1 << 40}
print(len(s))
print(sorted({3 ** 30, 2 ** 50, -(2 ** 50), 5}))
small = {(2 ** 40) // (2 ** 38): "four"}
print(small[4])
