# int.bit_length and bit counting idioms
for n in (0, 1, 2, 3, 255, 256, -1, -256, 1023, 2 ** 20):
    print(n, n.bit_length())
def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
print([popcount(n) for n in (0, 1, 7, 255, 1023, 12345)], bin(12345).count("1"))
