# float literals in every form (needs the float unit)
# needs: float
print(1.0, 1., .5, 1e3, 1E3, 1.5e-3, 2.5E+2, 0e0, 1_000.000_1, 1e1_0, 0.000_5)
print(3.14, -2.5, +0.25, 1e-1, 1.0e0, 10e-1)
print(type(1.).__name__, type(1e0).__name__, 1e2 == 100)
