# break and continue only affect the innermost loop; flags carry out
found = None
for i in range(5):
    for j in range(5):
        if i * j == 6:
            found = (i, j)
            break
    if found:
        break
print(found)
out = []
for i in range(4):
    j = 0
    while True:
        j += 1
        if j > i:
            break
        if j == 2:
            continue
        out.append((i, j))
print(out)
count = 0
for i in range(3):
    for j in range(3):
        for k in range(3):
            if k == 1:
                continue
            count += 1
print(count)
