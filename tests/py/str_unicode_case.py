# case mapping of the scripts Monty knows (docs/differences.md)
# needs: bigint
words = ["héllo wörld", "ÀÉÎÕÜ àéîõü", "Straße", "ŁÓDŹ łódź", "İstanbul ıi",
         "ΟΔΟΣ ΣΑΣ Σ", "Ελληνικά", "МОСКВА москва Ёё", "Երևան", "ＡＢＣ ａｂｃ",
         "Ỹ ỹ Đ đ", "ÿŸ", "µ ſ", "ß", "ŉ", "Ϗϗ"]
for w in words:
    print(w.upper(), w.lower(), w.swapcase(), w.title(), w.capitalize(), w.casefold())
    print(w.isupper(), w.islower(), w.istitle(), w.isalpha(), w.isprintable())
# every code point of the covered blocks, one at a time
ranges = [(0xC0, 0x180), (0x386, 0x3D0), (0x3D8, 0x3F0), (0x400, 0x530),
          (0x531, 0x557), (0x561, 0x587), (0x1E00, 0x1E96), (0x1EA0, 0x1F00),
          (0xFF21, 0xFF3B), (0xFF41, 0xFF5B)]
n = 0
h = 0
for lo, hi in ranges:
    for cp in range(lo, hi):
        c = chr(cp)
        if cp in (0x130, 0x149, 0x390, 0x3B0, 0x587):
            continue  # more than one code point in CPython; printed above
        line = "%04X %s %s %s %s" % (cp, c.upper(), c.lower(), c.isupper(), c.islower())
        n += 1
        for ch in line:
            h = (h * 31 + ord(ch)) % 1000000007
print(n)
print(h)
# bytes stay ASCII-only, as in CPython
print(b"abc\xe9".upper(), "ß".encode().upper())
