# every binary and unary operator on ints, as expressions and in one line
a, b = 17, 5
print(a + b, a - b, a * b, a // b, a % b, a ** 2, a & b, a | b, a ^ b, a << 2, a >> 1)
print(-a, +a, ~a, not a, a < b, a <= b, a > b, a >= b, a == b, a != b)
print(a and b, a or b, a is a, a is not b, b in [5], b not in [5])
print(b - a * 2 // 3 % 4 ** 1 + (a & 3) - (b | 8) ^ 2 << 1 >> 1)
