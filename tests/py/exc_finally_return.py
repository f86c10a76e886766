# return values computed before finally runs; finally can observe but not change them
def f():
    x = [1]
    try:
        return x
    finally:
        x.append(2)
        print("finally sees", x)
print(f())
def g():
    v = 10
    try:
        return v
    finally:
        v = 20
print(g())
def count():
    n = 0
    for i in range(5):
        try:
            if i == 3:
                return n
            n += i
        finally:
            print("finally", i)
print(count())
def deep():
    try:
        try:
            return "inner"
        finally:
            print("first finally")
    finally:
        print("second finally")
print(deep())
