# bytes methods
b = b"key=value; other=thing; x"
print(b.split(b";"), b.split(), b.find(b"other"), b.find(b"zz"), b.count(b"="))
print(b.startswith(b"key"), b.endswith(b"x"), b.index(b"v"), b"=" in b, 61 in b)
print(b.replace(b"=", b":"), b.upper(), b"  pad  ".strip(), b"xxaxx".strip(b"x"))
print(b"-".join([b"a", b"b", b"c"]), b"ABC".lower(), b"a,b".partition(b","))
print(b"hello".decode(), b"caf\xc3\xa9".decode("utf-8"))
print(b"\x00\x01\xab\xff".hex(), bytes.fromhex("deadbeef"), bytes.fromhex("00 ff"))
print(b"abc".isalpha(), b"123".isdigit(), b"a1".isdigit())
