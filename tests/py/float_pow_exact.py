# x ** y for floats: exact answers (integral powers of integers, their
# reciprocals) are exact on every board, whatever the C library's pow
# needs: float
x = 12345
out = []
h = 0
for i in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    e = (x % 40) - 20
    v = (x / 2147483648.0) * (10.0 ** e)
    if i % 3 == 0:
        v = -v
    s = repr(v) + "|" + str(v * 3.7) + "|" + "%.5g" % v + "|" + "{:.3e}".format(v) + "|" + "%f" % (v % 1000)
    for ch in s:
        h = (h * 131 + ord(ch)) % 1000000007
    if i < 5:
        print(s)
print(h)
print(repr(1e22), repr(1e23), 2.0 ** 70, 0.1 + 0.7, 1 / 7, 5e-324, 1.7976931348623157e308, float("1e-400"))
print([10.0 ** e for e in range(-25, 26, 5)], 3.0 ** 33, (-3.0) ** 33, 2.0 ** -1074, 6.0 ** -7, (-2.0) ** -3)
import math
print(math.pow(10, -22), math.pow(7, 18), 10 ** -8, 2 ** 0.5, 10.0 ** 0.5, 0.5 ** 3, 1.0 ** 1e300)
