# __len__ and __bool__: len(), truth testing, fallback from bool to len
class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
class Flag:
    def __init__(self, b):
        self.b = b
    def __bool__(self):
        print("bool called")
        return self.b
class Both:
    def __len__(self):
        return 0
    def __bool__(self):
        return True
print(len(Sized(3)), bool(Sized(3)), bool(Sized(0)), not Sized(0))
print(bool(Flag(True)), bool(Flag(False)))
if Flag(True):
    print("if uses __bool__")
print("yes" if Both() else "no", len(Both()))
print(bool(object()), Sized(2) and "and-result", Sized(0) or "or-result")
x = Flag(False)
while x:
    print("never")
try:
    len(Flag(True))
except TypeError:
    print("TypeError no len")
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError:
    print("ValueError negative len")
