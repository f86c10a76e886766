# float arithmetic and mixing with ints (results exactly representable or shortest repr)
# needs: float
print(1.5 + 2.25, 1.5 - 2.25, 1.5 * 2.25, 9.0 / 4.0)
print(0.1 + 0.2, 0.1 * 3, 1 / 3, 2 / 3, 10 / 4)
print(7 / 2, -7 / 2, 7 // 2.0, -7 // 2.0, 7 % 2.5, -7 % 2.5, 7.5 % -2)
print(divmod(7.5, 2), divmod(-7.5, 2))
print(2 ** 0.5 == 2 ** 0.5, 2.0 ** 10, 4 ** 0.5, 2 ** -1, 10 ** -2)
print(1 + 1.0, type(1 + 1.0).__name__, 3 * 0.5, True + 0.5)
print(-0.0, 0.0 == -0.0, abs(-2.5), -(2.5))
x = 1.0
for i in range(10):
    x = x * 1.5 + 0.25
print(x)
x /= 4; print(x)
x //= 3; print(x)
try:
    1.0 / 0
except ZeroDivisionError:
    print("ZeroDivisionError /")
try:
    1.0 // 0.0
except ZeroDivisionError:
    print("ZeroDivisionError //")
try:
    5 % 0.0
except ZeroDivisionError:
    print("ZeroDivisionError %")
