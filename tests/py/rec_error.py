# unbounded recursion raises RecursionError, which can be caught; the program goes on
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError:
    print("caught")
def again(n):
    return 0 if n == 0 else again(n - 1) + 1
print(again(50))
try:
    forever(0)
except RuntimeError:
    print("caught as RuntimeError")
print("still running")
