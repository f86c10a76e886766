# implicit continuation in brackets, explicit backslash continuation, semicolons
total = (1 +
         2 +
         3)
items = [
    "a",
    "b",   # trailing comma next
    "c",
]
mapping = {
    "x": 1,
    "y": 2,
}
print(total, items, mapping)
value = 10 + \
    20 + \
    30
print(value)
def long_signature(a,
                   b=2,
                   *args,
                   c=3):
    return a + b + c
print(long_signature(1,
                     c=5))
x = 1; y = 2; z = x + y
print(x, y, z); print("same line")
if x: print("inline if"); print("second stmt")
for i in range(2): print("inline for", i)
while x < 3: x += 1
print(x)
result = some = "chained"; print(result, some)
