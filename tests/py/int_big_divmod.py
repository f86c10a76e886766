# floor division and modulo of big ints, all sign combinations
# needs: bigint
a = 10 ** 25 + 12345
b = 7 ** 15
for x in (a, -a):
    for y in (b, -b, 3, -3, 10 ** 12, -(10 ** 12)):
        q, r = divmod(x, y)
        print(q, r, q * y + r == x, x // y == q, x % y == r)
print((2 ** 100) // (2 ** 50), (2 ** 100) % (2 ** 50 - 1))
print(12345678901234567890 // 1, -12345678901234567890 // 10)
try:
    (10 ** 20) // 0
except ZeroDivisionError:
    print("ZeroDivisionError")
