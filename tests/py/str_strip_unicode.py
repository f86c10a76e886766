# strip family with non-ASCII characters: whole characters only
for s, chars in [("éaè", "è"), ("ééxé", "é"), ("àbcà", "àc"), ("日本語日", "日"), ("xèy", "é"), ("é", "è"), ("aé", "a")]:
    print(repr(s.strip(chars)), repr(s.lstrip(chars)), repr(s.rstrip(chars)), len(s.strip(chars)))
print(repr("  é  ".strip()), repr("--é--".strip("-")), b"\xc3\xa9x".strip(b"\xc3"))
