# RecursionError through methods, special methods and mutual recursion
class Loop:
    def __repr__(self):
        return repr(self)
    def go(self):
        return self.go()
try:
    Loop().go()
except RecursionError:
    print("caught method")
try:
    repr(Loop())
except RecursionError:
    print("caught __repr__")
def ping(n):
    return pong(n)
def pong(n):
    return ping(n)
try:
    ping(0)
except RecursionError:
    print("caught mutual")
print("done")
