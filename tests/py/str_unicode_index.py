# indexing and slicing by code point on non-ASCII text
s = "héllo wörld ✓ 😀!"
print(len(s))
for i in range(len(s)):
    print(i, s[i], ord(s[i]))
print(s[1], s[-1], s[-2], s[-4])
print(s[1:5], s[6:11], s[12:], s[::-1])
print(s[::3], s[-3:-1])
