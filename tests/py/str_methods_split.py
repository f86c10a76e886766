# split / rsplit / splitlines / partition / join
print("a b  c\td\n e ".split())
print("a,b,,c,".split(","), "a,b,c".split(",", 1), "".split(","), "".split())
print("a::b::c".split("::"), "  lead trail  ".split(" "))
print("a b c d".rsplit(" ", 2), "x.y.z".rsplit("."), "a b c".rsplit(None, 1))
print("one\ntwo\r\nthree\n".splitlines(), "x\n\ny".splitlines(), "".splitlines())
print("key=value=more".partition("="), "novalue".partition("="))
print("a/b/c".rpartition("/"), "abc".rpartition("/"))
print(",".join(["x", "y", "z"]), "".join([]), "-".join("abc"), " ".join(str(i) for i in range(5)))
try:
    ",".join(["a", 1])
except TypeError:
    print("TypeError join")
try:
    "a".split("")
except ValueError:
    print("ValueError empty separator")
