# several context managers in one with statement: entered left to right, exited in reverse
class CM:
    def __init__(self, n, fail_enter=False):
        self.n = n
        self.fail_enter = fail_enter
    def __enter__(self):
        if self.fail_enter:
            print("enter fails", self.n)
            raise ValueError("enter %d" % self.n)
        print("enter", self.n)
        return self.n
    def __exit__(self, *exc):
        print("exit", self.n, exc[0].__name__ if exc[0] else None)
with CM(1) as a, CM(2) as b, CM(3) as c:
    print("body", a, b, c)
try:
    with CM(1), CM(2, fail_enter=True), CM(3):
        print("not reached")
except ValueError as e:
    print("caught", e)
try:
    with CM(1) as a, CM(2) as b:
        raise KeyError(a + b)
except KeyError as e:
    print("caught", e)
with (CM(4) as x,
      CM(5) as y):
    print("parenthesised", x, y)
