# classes and builtin types are objects of type "type"
class A:
    pass
class B(A):
    pass
print(type(A) is type, type(int) is type, type(type) is type, isinstance(A, type))
print(A.__name__, issubclass(B, A), int.__name__, type(A()).__name__)
print(A, B, int, bool)
t = int
print(t("5") + 1, t is int)
classes = [int, str, list]
print([c() for c in classes])
x = B()
print(type(x) is B, type(x) is A, x.__class__ is B, isinstance(x, A))
print(type("s")("abc"), type(1)("8"))
