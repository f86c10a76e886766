# class bodies execute top to bottom and may contain any statements
class C:
    print("executing class body")
    a = 1
    b = a + 1
    if b > 1:
        flag = "set in if"
    for i in range(3):
        pass
    lst = [i for i in range(3)]
    def method(self):
        return self.a + self.b
    def other(self):
        return self.method() * 10
print(C.a, C.b, C.flag, C.i, C.lst, C().method(), C().other())
class Empty:
    pass
class WithDoc:
    "only a docstring"
print(Empty.__name__, WithDoc.__name__, type(Empty()).__name__)
