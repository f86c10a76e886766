# bytes literals with all escapes and raw forms
b = b"\x00\x7f\x80\xff\n\r\t\\\'\"\a\b\f\v\101\0\7"
print(len(b), list(b))
print(b'single', b"double", b'''triple''', b"""tri
ple""")
print(rb"\x00", Rb"\n", bR"\\", BR"raw", len(rb"\x00"))
print(b"implicit " b"concat", b"a" + b"b")
print(b"\
continued")
