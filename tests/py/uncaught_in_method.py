# uncaught exception raised inside a special method called implicitly
class Box:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        if other.v == 0:
            raise ValueError("bad")
        return Box(self.v + other.v)
print((Box(1) + Box(2)).v)
print((Box(1) + Box(0)).v)
