# abs, divmod, pow and round on ints
print(abs(-3), abs(0), abs(7), abs(-True))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5), divmod(0, 3))
print(pow(2, 8), pow(2, 8, 100), pow(-3, 3), pow(0, 0))
print(round(17), round(15, -1), round(25, -1), round(14, -1), round(-15, -1), round(123, -2))
try:
    divmod(1, 0)
except ZeroDivisionError:
    print("ZeroDivisionError divmod")
try:
    pow(2, 3, 0)
except ValueError:
    print("ValueError pow modulus 0")
