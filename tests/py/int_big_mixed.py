# mixing big and small ints: results that shrink back to small ints
# needs: bigint
x = 2 ** 80
y = x - (2 ** 80 - 5)
print(y, y + 1, type(y).__name__, y * 3)
z = (x * 7) // x
print(z, z == 7, [0, 1, 2, 3, 4, 5, 6, 7][z])
print(sum([2 ** 40] * 5 + [-(2 ** 40)] * 5))
print(max(1, 2 ** 70, -(2 ** 70)), min(1, 2 ** 70, -(2 ** 70)))
print(sorted([2 ** 65, 3, -(2 ** 64), 0, 2 ** 31]))
print("ab" * ((2 ** 70) // (2 ** 69)))
l = list(range(10))
print(l[(2 ** 64) // (2 ** 62)], l[-(2 ** 40) // (2 ** 39)])
print(abs(-(2 ** 100)) == 2 ** 100)
