# factorial and fibonacci grow into big ints
# needs: bigint
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
for n in (20, 21, 25, 30, 50):
    print(n, fact(n))
print(len(str(fact(100))), str(fact(100))[:20], fact(100) % 1000003)
a, b = 0, 1
for i in range(200):
    a, b = b, a + b
print(a)
print(fact(40) // fact(38) == 40 * 39)
