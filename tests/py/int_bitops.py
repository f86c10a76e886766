# bitwise operators on small ints, including negatives
vals = [0, 1, 5, 12, 255, -1, -6, -256]
for a in vals:
    print(a, ~a, a << 3, a >> 1, a >> 4)
print(12 & 10, 12 | 10, 12 ^ 10)
print(-12 & 10, -12 | 10, -12 ^ 10)
print(-12 & -10, -12 | -10, -12 ^ -10)
print(0xF0 & 0x3C, 0xF0 | 0x0F, 0xFF ^ 0xAA)
print(1 << 0, 1 << 10, 1024 >> 10, -1024 >> 3, -1 >> 100)
x = 0b1010
x |= 0b0101; print(x)
x &= 0b0110; print(x)
x ^= 0b1111; print(x)
x <<= 2; print(x)
x >>= 1; print(x)
try:
    1 << -1
except ValueError:
    print("negative shift ValueError")
