# str(int) and int(str) round trips, including formatting helpers
# needs: bigint
for n in (0, 1, -1, 9, 10, 99, 100, -1000, 123456789, -536870911, 536870911):
    s = str(n)
    print(s, int(s) == n, len(s), repr(n) == s, "%d" % n == s, "{}".format(n) == s, f"{n}" == s)
digits = [int(c) for c in str(9876543)]
print(digits, sum(digits))
print(int("".join(reversed(str(12345)))))
