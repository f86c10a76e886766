# LOAD_GLOBAL/STORE_GLOBAL remember where a name was found; deleting and
# re-creating globals (also through globals()) must still be seen.
x = 1
def f():
    global x
    for i in range(3):
        x = x + 1
    return x
print(f())
del x
try:
    f()
except NameError as e:
    print("NameError", e)
globals()['x'] = 10
print(f())
def g():
    global y
    y = 5
g(); print(y)
del globals()['y']
try:
    print(y)
except NameError as e:
    print("NameError", e)
y = 7
print(y, f())
