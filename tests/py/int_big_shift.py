# left shifts that leave the small int range
# needs: bigint
for n in (28, 29, 30, 31, 32, 33, 62, 63, 64, 65):
    v = 1 << n
    print(n, v, v >> n, -v, (-1) << n, (v - 1) >> (n - 1))
print(3 << 29, 3 << 30, 5 << 31, -3 << 30)
print((1 << 100) >> 98, (-(1 << 100)) >> 99)
x = 1
for i in range(70):
    x <<= 1
print(x)
for i in range(70):
    x >>= 1
print(x)
