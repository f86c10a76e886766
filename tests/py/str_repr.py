# repr() of strings picks quotes and escapes like CPython
for s in ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "nl\n", "\\",
          "\x00\x01\x1f", "\x7f", "é", "日本", "😀", "ok", ""]:
    print(repr(s))
print(repr(["a", 'b"', "c'"]))
print(str("x'y"), repr(repr("q")))
