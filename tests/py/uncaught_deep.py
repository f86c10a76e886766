# uncaught exception raised 40 frames deep, after output
def dive(n):
    if n == 0:
        print("bottom reached")
        return 1 / 0
    return dive(n - 1)
print("diving")
dive(40)
