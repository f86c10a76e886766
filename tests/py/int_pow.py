# integer power within the small-int range, including three-argument pow
print(2 ** 0, 2 ** 1, 2 ** 16, 2 ** 28, 3 ** 5)
print((-3) ** 5, (-3) ** 4, 10 ** 8, 0 ** 5, 1 ** 1000)
print(pow(3, 4), pow(2, 10, 1000), pow(3, 200, 10007), pow(7, 0, 5))
print(pow(-2, 3, 7), pow(5, 3, -7), pow(2, 0), pow(-1, 1001))
r = 1
for i in range(9):
    r = r * 7
print(r, 7 ** 9, r == 7 ** 9)
