# other str features: conversion of many types, comparisons, hashing consistency, multiplication
print(str(True), str(-12), str((1, "a")), str({"a": [1]}), str(b"x"), str(bytearray(b"y")))
print("abc" * 3 == "abcabcabc", "ab" + "cd" == "abcd")
d = {"key": 1}
k = "".join(["k", "e", "y"])
print(d[k], k in d, k is not None)
print(len("a" * 100), ("ab" * 50).count("ab"))
print("Hello"[1:4].upper().replace("L", "_"))
print("x".join(["1", "2"]).split("x"))
print(sorted(["b", "A", "a", "B", "_", "1"]))
print("%s|%s" % ("é", "ü"), "{}".format("ñ"))
print("a" < "aa" < "ab" < "b")
