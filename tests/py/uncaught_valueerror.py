# uncaught user-raised ValueError with a message
def check(v):
    if v < 0:
        raise ValueError("bad")
    return v
print(check(1))
check(-1)
