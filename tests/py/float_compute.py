# a small numeric computation: Newton iteration and series (only + - * /)
# needs: float
def newton_sqrt(a):
    x = a
    for i in range(30):
        x = (x + a / x) / 2
    return x
for a in (2.0, 10.0, 12345.0, 0.01):
    print(a, newton_sqrt(a))
s = 0.0
for k in range(1, 2001):
    s += 1.0 / (k * k)
print("{:.10f}".format(s))
pi = 0.0
sign = 1.0
for k in range(5000):
    pi += sign * 4.0 / (2 * k + 1)
    sign = -sign
print("{:.6f}".format(pi))
vals = [i * 0.1 for i in range(11)]
print(vals)
print(sum(vals), max(vals), min(vals), sorted([2.5, -1.0, 0.5, 1e-3]))
