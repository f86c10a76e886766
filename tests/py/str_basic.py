# basic string operations: concatenation, repetition, indexing, slicing
s = "hello world"
print(s + "!", s * 2, 3 * "ab", "" * 5, "x" * 0, "y" * -2)
print(len(s), len(""), s[0], s[4], s[-1], s[-5])
print(s[0:5], s[6:], s[:5], s[-5:], s[:], s[3:3], s[8:2])
print(s[::2], s[1::3], s[::-1], s[-2:2:-2], s[100:], s[-100:3])
print(s.upper(), s)
print("ab" < "b", "abc" == "ab" + "c", "a" * 3 == "aaa")
try:
    s[11]
except IndexError:
    print("IndexError")
try:
    s[0] = "H"
except TypeError:
    print("TypeError")
t = s
t += "?"
print(s, t)
print(str(), str("x"), str(12), str([1, "a"]), str(None))
