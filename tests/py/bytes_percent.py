# bytes % formatting (PEP 461)
# needs: float
print(b"%d" % 5, b"%s-%s" % (b"a", bytearray(b"bc")), b"%5s|%-4b|" % (b"xy", b"z"), b"%.1s" % b"abc")
print(b"%r %a" % ("é", b"q"), b"%c%c" % (65, b"B"), b"%x %o %05.1f %e" % (255, 8, 2.25, 1e10))
print(bytearray(b"n=%d") % 3, b"%(k)s" % {b"k": b"v"}, b"100%%" % ())
for bad in [lambda: b"%s" % "str", lambda: b"%c" % 300, lambda: b"%c" % "x", lambda: b"%d %d" % (1,), lambda: b"%d" % (1, 2)]:
    try:
        bad()
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print(b"%s" % memoryview(b"m") if False else b"ok")
