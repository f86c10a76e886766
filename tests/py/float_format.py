# simple format specs on floats
# needs: float
x = 3.14159265
print("{:.3f}".format(x), "{:.0f}".format(x), "{:8.2f}|".format(x), "{:<8.2f}|".format(x))
print(f"{x:.1f} {-x:.4f} {x:10.5f} {x:+.2f}")
print("%.2f %5.1f %f" % (x, x, x))
print("{:.2f}".format(2.675), "{:.1f}".format(0.05), "{:.2f}".format(1e6))
print("{:.3f}".format(-0.0004), "{:06.2f}".format(3.14159))
print("{}".format(1.0), str(2.5), "{!r}".format(0.1))
print(f"{1/3:.5f}", f"{2/3:.10f}")
print("{:.3f}".format(7), "{:.1f}".format(10 ** 3))
