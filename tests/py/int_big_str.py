# conversion of big ints to and from strings in several bases
# needs: bigint
n = 2 ** 200 - 1
print(n)
print(hex(n))
print(int(str(n)) == n, int(hex(n), 16) == n, int(bin(n), 0) == n, int(oct(n), 8) == n)
print(int("z" * 20, 36))
print(str(-(10 ** 50)))
print(int("  -000123456789012345678901234567890  "))
print(int("1_000_000_000_000_000_000"))
print("{:x} {:o} {:b}".format(2 ** 40, 2 ** 40, 2 ** 40))
print(f"{2 ** 70:>30}|")
print(f"{2 ** 70:d}", f"{-(2 ** 70)}")
