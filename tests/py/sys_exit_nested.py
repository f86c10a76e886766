# sys.exit deep inside calls and a generator, exit status 5
import sys
def gen():
    yield 1
    sys.exit(5)
def consume():
    for v in gen():
        print("value", v)
def level(n):
    if n == 0:
        consume()
    else:
        level(n - 1)
level(10)
