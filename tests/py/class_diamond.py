# multiple inheritance: method resolution order and cooperative super()
class A:
    def who(self):
        return ["A"]
    def hello(self):
        return "A.hello"
class B(A):
    def who(self):
        return ["B"] + super().who()
class C(A):
    def who(self):
        return ["C"] + super().who()
    def hello(self):
        return "C.hello"
class D(B, C):
    def who(self):
        return ["D"] + super().who()
d = D()
print(d.who(), d.hello())
class E(C, B):
    def who(self):
        return ["E"] + super().who()
print(E().who(), E().hello())
print(isinstance(d, B), isinstance(d, C), issubclass(D, A))
class Mixin:
    def tag(self):
        return "mixin:" + self.name
class Thing:
    def __init__(self, name):
        self.name = name
class Tagged(Mixin, Thing):
    pass
print(Tagged("t").tag())
