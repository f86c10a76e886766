# class statement keywords go to __init_subclass__ (PEP 487) and to a
# metaclass's __new__ and __init__
class Base:
    registry = {}

    def __init_subclass__(cls, /, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Base.registry[tag] = cls.__name__


class A(Base, tag="a"):
    pass


class B(A, tag="b"):
    pass


class C(Base):
    pass


print(sorted(Base.registry.items(), key=str), A.tag, B.tag, C.tag)
try:
    class D(tag="x"):
        pass
except TypeError as e:
    print("TypeError:", e)


class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        print("Meta.__new__", name, sorted(kw.items()))
        return super().__new__(mcs, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name, sorted(kw.items()))
        super().__init__(name, bases, ns)


class E(metaclass=Meta, flavour="sweet", size=3):
    pass


print(type(E).__name__)
