# float <-> int conversions and rounding
# needs: float
for v in (2.5, 3.5, -2.5, -3.5, 0.5, 1.5, 2.4999, 2.6, -0.4, 7.0):
    print(v, int(v), round(v), round(v, 1))
print(round(3.14159, 2), round(2.675, 2), round(-1.005, 2), round(1234.5678, -2))
print(round(7), round(15, -1), round(25, -1), round(-15, -1))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
print(int(-0.9), int(1e10), int(1e18), int(-1e18))
print(float(2 ** 62), float(-(2 ** 62)), float(10 ** 20), float(2 ** 100))
print(int(1.5e20), int(2.0 ** 80))
print(1e18 == 10 ** 18, 2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53 + 1)
print(0.5 < 1, 1 < 1.5, 2 ** 60 < 2.0 ** 61, -1 > -1.5, 3 == 3.0, 3 != 3.1)
print((1.5).is_integer(), (2.0).is_integer())
try:
    float("abc")
except ValueError:
    print("ValueError float('abc')")
