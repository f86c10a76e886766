# inf and nan behaviour
# needs: float
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, repr(inf), str(-inf))
print(inf > 1e308, -inf < -1e308, inf == inf, inf + 1 == inf, inf - inf != inf - inf)
print(nan == nan, nan != nan, nan < 1, nan > 1, nan == 1)
print(1e300 * 1e300, -1e300 * 1e300)
print(float("Infinity"), float("-inf"), float("NaN"))
print(inf * 0 != inf * 0, 0 * inf == 0 * inf)
print(min(1.0, inf), max(-inf, -1e308))
try:
    int(inf)
except OverflowError:
    print("OverflowError int(inf)")
try:
    int(nan)
except ValueError:
    print("ValueError int(nan)")
