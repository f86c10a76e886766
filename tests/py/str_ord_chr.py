# ord/chr round trips across the code point ranges
for c in "Az09 ~\x00\x7f\x80\xff\u0100\u07ff\u0800\uffff\U00010000\U0010ffff":
    n = ord(c)
    print(n, chr(n) == c, len(chr(n)), len(chr(n).encode()))
print(chr(65), chr(955), chr(8364), chr(128512))
print("".join(chr(ord("a") + i) for i in range(26)))
try:
    chr(0x110000)
except ValueError:
    print("ValueError chr")
try:
    ord("ab")
except TypeError:
    print("TypeError ord")
