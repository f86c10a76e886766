# exponent and general float format specs
# needs: float
print("{:e}".format(12345.678), "{:.2e}".format(0.000123), "{:E}".format(1.5))
print("{:g} {:g} {:g}".format(0.0001, 123456789.0, 1.5))
print("{:g} {:g} {:.3g}".format(100000.0, 1000000.0, 3.14159))
print("%e %.3e %g" % (2.5, -1234.5, 0.5))
