# bytearray: mutable bytes
a = bytearray(b"abc")
print(a, len(a), a[0], a[-1])
a[0] = 65
a.append(100)
a.extend(b"ef")
a += b"!"
print(a)
a[1:3] = b"XYZ"
print(a, len(a))
del a[0]
print(a)
del a[1:3]
print(a)
a.insert(0, 48)
print(a, a.pop(), a)
print(a.find(b"d"), bytes(a), a == bytearray(bytes(a)), a == bytes(a))
b = bytearray(4)
print(b, bytearray([1, 2, 3]), bytearray(range(3)), bytearray("é", "utf-8"))
b[2] = 255
print(list(b), b[1:], type(b[1:]).__name__)
c = bytearray(b"xyz")
c.reverse()
print(c, c * 2, c + b"!")
try:
    b[0] = 256
except ValueError:
    print("ValueError")
try:
    c.index(0)
except ValueError:
    print("ValueError missing")
c[::2] = b"AB"
print(c, c.decode())
