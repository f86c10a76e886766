# powers producing big ints, and three-argument pow with big operands
# needs: bigint
print(2 ** 31, 2 ** 32, 2 ** 64, 2 ** 100, 10 ** 10, 10 ** 30)
print((-3) ** 41, 7 ** 12, (-2) ** 63, (-2) ** 64)
print(pow(3, 200, 1000007), pow(2, 1000, 10**9 + 7), pow(123456789, 3, 2**61 - 1))
print(pow(2**70, 3, 10**12 + 39), pow(-(2**40), 3))
print(3 ** 100)
r = 1
for i in range(40):
    r = r * 13
print(r, r == 13 ** 40)
