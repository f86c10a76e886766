# Classes made by a metaclass: attribute access on them, a metaclass
# __call__ that reaches type.__call__ through super(), metaclass methods.
class Meta(type):
    count = 0

    def __call__(cls, *a, **k):
        Meta.count += 1
        print("meta call", cls.__name__, a, k)
        return super().__call__(*a, **k)

    def describe(cls):
        return "class " + cls.__name__


class WithMeta(metaclass=Meta):
    kind = "plain"

    def __init__(self, v, w=0):
        self.v = v + w


x = WithMeta(3, w=4)
print(x.v, WithMeta.kind, WithMeta.__name__, WithMeta.describe(), Meta.count)
WithMeta.kind = "changed"
WithMeta.extra = 1
print(WithMeta.kind, WithMeta.extra, x.kind, type(WithMeta).__name__, isinstance(WithMeta, Meta))
del WithMeta.extra
print(hasattr(WithMeta, "extra"), type.__call__(WithMeta, 1).v, Meta.count)
