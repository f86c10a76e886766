# string methods on non-ASCII text count code points, not bytes
s = "naïve café – über 𝄞 clef"
print(len(s), s.find("café"), s.find("über"), s.index("𝄞"), s.rfind("e"))
print(s.split(" "))
print(s.replace("é", "e"), s.count("é"), s.startswith("naï"), s.endswith("clef"))
print("".join(reversed("äöü")), "-".join("日本語"))
print("äbc" < "äbd", "z" < "ä", "é" > "e", max("añb"), min("ñab"))
print([c for c in "ağ🙂"], list("€$"))
print("ñ" in s, "ñ" in "año", "ab🙂cd".index("c"))
print("€uro".center(9, "*"), "€".ljust(3, "-") + "|", "€".rjust(3) + "|")
