# if / elif / else chains and nesting
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        if n % 2:
            return "small odd"
        else:
            return "small even"
    else:
        return "large"
for n in (-5, 0, 3, 4, 10, 99):
    print(n, classify(n))
x = 5
if x > 1: print("one-line if")
if x < 1: print("never")
else: print("one-line else")
if []:
    print("no")
elif {}:
    print("no")
elif "":
    print("no")
else:
    print("all empty are falsy")
if x:
    pass
print("done")
