# products that just fit or just overflow 31/32-bit words
# needs: bigint
pairs = [(46340, 46340), (46341, 46341), (65535, 65537), (65536, 65536),
         (-65536, 65536), (32768, 32768), (-32768, -32768), (2**15, 2**16),
         (1 << 20, 1 << 11), (1 << 20, 1 << 12), (99991, 99989), (-1, -2**31)]
for a, b in pairs:
    p = a * b
    print(a, b, p, p // a == b, -p)
f = 1
for i in range(1, 21):
    f *= i
    print(i, f)
