# find / rfind / index / rindex / count / startswith / endswith
s = "abracadabra"
print(s.find("a"), s.find("bra"), s.find("z"), s.find("a", 1), s.find("a", 1, 3), s.find(""))
print(s.rfind("a"), s.rfind("bra"), s.rfind("z"), s.rfind("a", 0, 5))
print(s.index("c"), s.rindex("b"))
try:
    s.index("zz")
except ValueError:
    print("ValueError index")
print(s.count("a"), s.count("bra"), s.count(""), s.count("a", 4), "aaaa".count("aa"))
print(s.startswith("abr"), s.startswith("bra"), s.startswith("bra", 8), s.startswith(("x", "ab")))
print(s.endswith("bra"), s.endswith("cad", 0, 7), s.endswith(("q", "ra")))
print(s.find("a", -3), s[-3:].find("a"), "".find(""), "ab".find("", 5))
