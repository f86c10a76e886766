# for loops: else clause, break, continue, nested loops, loop variable after loop
def find(items, target):
    for i, x in enumerate(items):
        if x == target:
            print("found at", i)
            break
    else:
        print("not found")
find([4, 5, 6], 5)
find([4, 5, 6], 7)
find([], 1)
for x in range(3):
    for y in range(3):
        if y == x:
            continue
        if y > 1:
            break
        print(x, y)
print("x after loop", x)
for ch in "abc":
    pass
print(ch)
total = 0
for i in range(10):
    if i % 2:
        continue
    total += i
else:
    print("total", total)
for a, b in [(1, 2), (3, 4)]:
    print(a + b)
for i in range(3):
    i = 10
    print(i)
