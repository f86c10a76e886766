# while conditions with and/or/not and function calls
def more(l):
    return len(l) < 5
items = []
i = 0
while more(items) and not (i > 20 or i == 7):
    if i % 2 == 0:
        items.append(i)
    i += 1
print(items, i)
a, b = 48, 18
while b:
    a, b = b, a % b
print("gcd", a)
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)
