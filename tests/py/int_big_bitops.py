# bitwise operations on big ints, including negative ones (two's complement semantics)
# needs: bigint
a = (1 << 70) | 0x5A5A
b = (1 << 65) + 12345
print(a & b, a | b, a ^ b)
print(~a, -a & 0xFFFF, -a | 0xFF, -a ^ 0xF0F0)
print(-a & -b, -a | -b, -a ^ -b)
print(a >> 3, -a >> 3, a << 40, -a << 1)
print((a & ~b) | (~a & b) == a ^ b)
print(hex(a), bin(b)[:20], oct(a))
print(hex(-a))
m = (1 << 64) - 1
print(m & 0xDEADBEEFCAFEBABE12345, (-1) & m)
