# methods of built-in types called on instances of their subclasses, and reprs
# needs: float
class I(int): pass
class F(float): pass
class L(list): pass
class D(dict): pass
class S(str): pass
class B(bytes): pass
class BA(bytearray): pass
class T(tuple): pass
class SE(set): pass
i, f = I(300), F(2.5)
print(i.bit_length(), i.to_bytes(2, "big"), i.real, i.conjugate(), i + 1, -i, abs(I(-4)), hash(i) == hash(300))
print(f.is_integer(), f.as_integer_ratio(), f.real, f + 1, round(f), int(f))
l = L([3, 1, 2]); l.sort(); l.append(4); print(l, len(l), l.index(2), l.count(1), l[1:], l * 2, list(reversed(l)))
d = D(a=1); d.update(b=2); print(d, d.get("a"), list(d.items()), d.pop("b"), "a" in d, len(d))
s = S("Hello"); print(s.upper(), s.split("l"), s[1], len(s), s + "!", s.find("l"), s.encode(), f"{s:>7}")
b = B(b"ab"); print(b.hex(), b.upper(), b[0], len(b), b + b"c", b.decode())
ba = BA(b"xy"); ba.append(122); print(len(ba), ba.hex(), ba[2], bytes(ba), ba.decode())
t = T((1, 2, 2)); print(t.count(2), t.index(1), len(t), t + (3,), t[::-1])
se = SE([1, 2]); se.add(3); print(sorted(se), len(se), 2 in se, sorted(se | {9}))
print(type(i).__name__, isinstance(l, list), type(s + "x").__name__, type(l + [1]).__name__)
class FS(frozenset): pass
print(repr(BA(b"x")), repr(SE([1])), repr(FS([2])), repr(SE()), str(BA()), repr(L([1])), repr(D(k=1)), repr(T((1,))))
