# printf-style % formatting (no floats)
print("%s %s" % ("a", "b"), "%d%%" % 50, "%r" % "q", "%s" % [1, 2], "%s" % (3,))
print("%5d|%-5d|%05d|%+d" % (42, 42, 42, 42))
print("%x %X %o %#x %#o" % (255, 255, 8, 255, 8))
print("%c%c" % (72, "i"), "%3s|%-3s|" % ("a", "b"))
print("%(name)s=%(val)d" % {"name": "n", "val": 5})
print("%s" % "only", "%i" % -3, "no args %%" % ())
try:
    "%d %d" % (1,)
except TypeError:
    print("TypeError not enough")
try:
    "%d" % (1, 2)
except TypeError:
    print("TypeError too many")
