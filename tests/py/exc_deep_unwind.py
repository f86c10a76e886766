# an exception raised 150 frames deep is caught at the top
def down(n):
    if n == 0:
        raise ValueError("deep")
    return down(n - 1) + 1
try:
    down(150)
except ValueError as e:
    print("caught", e)
def down_finally(n, log):
    try:
        if n == 0:
            raise KeyError("k")
        down_finally(n - 1, log)
    finally:
        log.append(n)
log = []
try:
    down_finally(60, log)
except KeyError:
    print(len(log), log[:3], log[-3:])
try:
    down(0)
except ValueError:
    print("still usable")
print(down.__name__)
