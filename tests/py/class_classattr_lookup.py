# attribute lookup order: instance, class, base classes; methods from bases
class A:
    x = "A.x"
    y = "A.y"
    def m(self):
        return "A.m sees " + self.x
class B(A):
    x = "B.x"
class C(B):
    pass
c = C()
print(c.x, c.y, c.m())
c.x = "instance x"
print(c.x, c.m(), C.x, B.x)
del c.x
print(c.x)
B.y = "B.y added later"
print(c.y, A.y)
A.z = "A.z added later"
print(c.z)
