# deeply nested blocks and dedent to several levels at once
def f(n):
    r = []
    for a in range(n):
        if a % 2 == 0:
            for b in range(a):
                if b:
                    while b > 0:
                        try:
                            if b == 3:
                                r.append("three")
                            else:
                                r.append(b)
                        finally:
                            b -= 2
    return r
print(f(7))
if True:
    if True:
        if True:
            if True:
                x = "deep"
print(x)
