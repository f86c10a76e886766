# PEP 487: a base class hears of each new subclass through __init_subclass__
class Plugin:
    registry = []

    def __init_subclass__(cls):
        super().__init_subclass__()
        Plugin.registry.append(cls.__name__)


class A(Plugin):
    pass


class B(A):
    pass


class Base2:
    @classmethod
    def __init_subclass__(cls):
        cls.tag = cls.__name__.lower()


class C(Base2):
    pass


class D(C):
    pass


print(Plugin.registry, C.tag, D.tag, hasattr(Base2, "tag"))


class Strict:
    def __init_subclass__(cls):
        if not hasattr(cls, "name"):
            raise TypeError("subclass needs a name")


try:
    class Bad(Strict):
        pass
except TypeError as e:
    print("TypeError:", e)


class Good(Strict):
    name = "ok"


print(Good.name)
