# tuple syntax: bare commas, trailing commas, parenthesised and nested forms
t = 1, 2, 3
u = (1,)
v = 1,
w = ()
print(t, u, v, w, type(w).__name__)
def f():
    return 1, "two"
a, b = f()
print(a, b, f())
for x, in [(1,), (2,)]:
    print(x)
x = [1, 2, 3,]
y = {"a": 1,}
print(x, y, (1, 2,), len((1, 2,)))
print((1, 2) + (3,), (1, (2, (3, (4,)))), ((),))
