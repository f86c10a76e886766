# assignment expressions (:=) in if, while, comprehensions and calls
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)
i = 0
while (item := data[i]) != 1:
    print("item", item)
    i += 1
print("stopped at", item, i)
print([y for x in data if (y := x * 2) > 7], y)
print([(last := v) for v in "abc"], last)
print((z := 5) + z, z)
def f():
    if (m := 10) > 5:
        return m * 2
print(f())
vals = []
while (nxt := (len(vals) + 1) ** 2) < 30:
    vals.append(nxt)
print(vals)
print(any((hit := w).startswith("b") for w in ["apple", "banana", "cherry"]), hit)
