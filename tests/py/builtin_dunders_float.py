# special methods of float, of big ints, and int's that give floats, as attributes
# needs: float, bigint
print(float.__mul__(2.0, 3.0), (2.5).__add__(1), float.__add__(1.5, "a"), (2.5).__floordiv__(1))
print(float.__truediv__(1.0, 4), int.__truediv__(1, 2), (7).__float__(), (2.75).__int__(), (-1.5).__abs__())
print(float.__radd__(2.0, 1), float.__rsub__(2.0, 1), float.__rtruediv__(2.0, 1), float.__rpow__(2.0, 3))
print(float.__rmod__(2.0, 7), float.__rfloordiv__(2.0, 7), float.__rmul__(0.5, 3), int.__rtruediv__(4, 1))
print((1.5).__neg__(), (1.5).__pos__(), (0.0).__bool__(), (0.1).__bool__(), float.__repr__(0.1), (1e20).__str__())
print(float.__eq__(1.0, 1), float.__lt__(1.0, 2), float.__ge__(1.0, "x"), (2.0).__pow__(0.5), (9.0).__mod__(4))
print(hash(2.5) == (2.5).__hash__(), (2.0).__hash__() == hash(2), hasattr(1.0, "__index__"), hasattr(1.0, "__and__"))
print([hasattr(1.5, n) for n in ("__invert__", "__lshift__", "__len__", "__getitem__", "__round__")][:4])


class F(float):
    def __add__(self, o):
        return F(super().__add__(o) * 10)

    def __repr__(self):
        return "F(" + float.__repr__(self) + ")"


f = F(1.5)
print(f, f + 1, 1 + f, float.__add__(1.0, f), f * 2, type(f * 2).__name__, -f, str(f))

big = 2 ** 70
print(big.__add__(1), int.__mul__(big, 2), big.__neg__(), big.__hash__() == hash(big), big.__float__())
print(hasattr(big, "__len__"), int.__lt__(big, 1), (1).__rsub__(big), big.__index__() == big, big.__bool__())
