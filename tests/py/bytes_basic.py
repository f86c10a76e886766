# bytes: literals, indexing gives ints, slicing gives bytes, repr
b = b"hello\x00\xff\n"
print(b, len(b), b[0], b[-1], b[1:3], b[::-1], b[::2])
print(type(b[0]).__name__, type(b[0:1]).__name__)
print(b"ab" + b"cd", b"ab" * 3, b"" == bytes(), bytes(3), bytes([1, 2, 255]))
print(bytes(range(65, 70)), bytes("é", "utf-8"), bytes(b"copy"))
print(list(b"AZ"), [x for x in b"\x01\x02"], b"A"[0] == 65)
print(b"abc" < b"abd", b"ab" < b"abc", b"a" == b"a", b"a" != "a")
print(repr(b"'"), repr(b'"'), repr(b"'\""), repr(b"\t\r\\"), repr(b"\x7f\x80"))
print(rb"\n", br"\x00", len(rb"\n"))
try:
    b[0] = 1
except TypeError:
    print("TypeError immutable")
try:
    bytes([256])
except ValueError:
    print("ValueError out of range")
try:
    b[20]
except IndexError:
    print("IndexError")
