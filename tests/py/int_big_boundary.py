# arithmetic across the 2**30 / 2**31 boundaries where a tagged small int
# needs: bigint
# must overflow into a bigger representation (and come back)
base = [2**29, 2**30, 2**31, 2**32]
for b in base:
    for d in (-2, -1, 0, 1):
        v = b + d
        print(v, -v, v + 1, v - 1, v * 2, v // 2, v % 7)
x = 2**30 - 3
for i in range(6):
    x += 1
    print(x, x - 2**30, type(x).__name__)
y = -2**30 + 3
for i in range(6):
    y -= 1
    print(y, y + 2**30)
print((2**31 - 1) + 1 - 1 == 2**31 - 1)
print(-(-2**30), -(-2**31), abs(-2**30), abs(-2**31))
print((-2**30) // -1, (-2**31) // -1, (-2**30) % -1)
