# while loops with else, break and continue
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    print("i", i)
else:
    print("while else runs when not broken")
j = 0
while True:
    j += 1
    if j > 3:
        break
print("j", j)
k = 0
while k < 10:
    if k == 4:
        print("breaking at", k)
        break
    k += 1
else:
    print("never printed")
n = 0
while n < 0:
    print("never")
else:
    print("else on zero iterations")
a, b = 0, 1
while b < 100:
    a, b = b, a + b
print(a, b)
