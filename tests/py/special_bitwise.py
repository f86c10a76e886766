# bitwise and shift special methods, in-place variants
class Bits:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "Bits(%s)" % bin(self.v)
    def __and__(self, o): return Bits(self.v & o.v)
    def __or__(self, o): return Bits(self.v | o.v)
    def __xor__(self, o): return Bits(self.v ^ o.v)
    def __invert__(self): return Bits(~self.v & 0xF)
    def __lshift__(self, n): return Bits(self.v << n)
    def __rshift__(self, n): return Bits(self.v >> n)
    def __ior__(self, o):
        print("in-place or")
        self.v |= o.v
        return self
    def __rand__(self, o): return Bits(o & self.v)
a, b = Bits(0b1100), Bits(0b1010)
print(a & b, a | b, a ^ b, ~a, a << 2, a >> 2, 0b0110 & a)
keep = a
a |= b
print(a, a is keep)
a &= Bits(0b1000)
print(a, a is keep)
