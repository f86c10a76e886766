# arbitrary precision: add, subtract, multiply, compare, str
# needs: bigint
a = 123456789012345678901234567890
b = 987654321098765432109876543210
print(a + b, b - a, a - b)
print(a * b)
print(-a * b, a * -b, -a * -b)
print(a < b, a > b, a == 123456789012345678901234567890, a != b)
print(a < 5, 5 < a, -a < 5, -a < -b)
print(a + 1 - 1 == a, a - a, a * 0, a * 1 == a)
print(str(a), repr(-b), len(str(a * a)))
print(a == int("123456789012345678901234567890"))
print(int("-" + "9" * 40) + 1)
big = 2 ** 64
print(big - 1, big + 1, big // 2 ** 32, big % 1000)
print(1 - big, -big + big, abs(-big))
print(bool(big), bool(big - big), big > 0)
