# the math module (results printed with limited precision where libm may differ)
# needs: float
import math
print(math.pi, math.e)
print(math.sqrt(2), math.sqrt(16), math.sqrt(0.25))
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.trunc(-2.7))
print(type(math.floor(2.5)).__name__)
print(math.fabs(-3), math.copysign(2, -0.0), math.fmod(7, 3))
for f in (math.sin, math.cos, math.tan, math.exp, math.atan):
    print("{:.6f} {:.6f}".format(f(0.5), f(1.25)))
print("{:.6f} {:.6f} {:.6f}".format(math.log(10), math.log10(1000), math.log(8, 2)))
print("{:.6f} {:.6f}".format(math.atan2(1, -1), math.pow(2, 0.5)))
print(math.isnan(float("nan")), math.isinf(float("inf")), math.isfinite(1.0))
print("{:.6f} {:.6f}".format(math.degrees(math.pi), math.radians(180)))
print(math.frexp(8.0), math.ldexp(0.5, 4), math.modf(2.5))
try:
    math.sqrt(-1)
except ValueError:
    print("ValueError sqrt(-1)")
