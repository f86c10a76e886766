# int() from strings in various bases and str/hex/oct/bin back
print(int("42"), int("-17"), int("  8  "), int("+5"), int("0"))
print(int("ff", 16), int("FF", 16), int("777", 8), int("1010", 2), int("z", 36))
print(int("0x1f", 16), int("0o17", 8), int("0b11", 2))
print(int("0x1f", 0), int("0o17", 0), int("0b11", 0), int("99", 0))
print(int("1_000_000"), int("0x_ff", 16))
print(int(True), int(False), int(-3))
print(hex(255), hex(-255), hex(0), oct(8), oct(-8), bin(5), bin(-5), bin(0))
print(str(123), str(-0), repr(45))
for bad in ("", "abc", "1.5", "12a", "0x", "1__0", "_1"):
    try:
        int(bad)
        print("no error", bad)
    except ValueError as e:
        print("ValueError", repr(bad))
try:
    int("9", 8)
except ValueError:
    print("ValueError digit out of base")
