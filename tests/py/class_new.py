# __new__: controlling instance creation, singletons, subclassing immutables
class Single:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            print("creating")
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self):
        print("init")
a = Single()
b = Single()
print(a is b)
class Tracked:
    def __new__(cls, *args):
        print("new", cls.__name__, args)
        return super().__new__(cls)
    def __init__(self, x):
        print("init", x)
        self.x = x
t = Tracked(5)
print(t.x)
class Weird:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never called: __new__ returned a non-instance")
print(Weird())
class Pos(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
p = Pos(-7)
print(p, p + 1, isinstance(p, int), type(p).__name__)
