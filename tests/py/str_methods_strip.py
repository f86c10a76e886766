# strip family, replace, padding
print(repr("  x y  ".strip()), repr("\t\nx\n".lstrip()), repr("x  \n".rstrip()))
print("xxhixx".strip("x"), "abcHIcba".strip("abc"), "..a..".lstrip("."), "..a..".rstrip("."))
print("aaa".replace("a", "b"), "aaa".replace("a", "b", 2), "abc".replace("", "-"), "abc".replace("x", "y"))
print("hello".replace("l", "LL"), "ab".replace("ab", ""))
print("[" + "ab".center(6) + "]", "[" + "ab".center(7, "*") + "]", "[" + "abc".center(2) + "]")
print("[" + "ab".ljust(5) + "]", "[" + "ab".rjust(5, "0") + "]", "[" + "abcdef".ljust(3) + "]")
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(2))
