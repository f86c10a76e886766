# UTF-8 encoding and decoding
s = "aé€😀"
b = s.encode()
print(b, len(b), len(s))
print(b.decode() == s, b.decode("utf-8"), str(b, "utf-8"))
print(s.encode("utf-8") == b"a\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80")
print(list("é".encode()), bytes([226, 130, 172]).decode())
print(len("ü".encode()), len("ü"))
for c in s:
    print(c, ord(c), hex(ord(c)), len(c.encode()))
try:
    b"\xff\xfe".decode()
except UnicodeError:
    print("UnicodeError")
try:
    b"\xc3".decode()
except ValueError:
    print("ValueError (UnicodeDecodeError is a ValueError)")
