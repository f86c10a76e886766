# small integer arithmetic, including floor division and modulo signs
for a in (7, -7):
    for b in (3, -3):
        print(a, b, a + b, a - b, a * b, a // b, a % b, divmod(a, b))
print(0 // 5, 0 % 5, -1 // 10, -1 % 10)
print(2 ** 10, 3 ** 0, 0 ** 0, (-2) ** 3)
print(abs(-5), abs(5), -(-5), +5)
print(17 // 1, 17 % 1, 1 // 17)
x = 10
x += 5; print(x)
x -= 20; print(x)
x *= -3; print(x)
x //= 4; print(x)
x %= 5; print(x)
x **= 3; print(x)
try:
    print(1 // 0)
except ZeroDivisionError:
    print("div by zero")
try:
    print(1 % 0)
except ZeroDivisionError:
    print("mod by zero")
