# case conversion methods (ASCII)
s = "hello World 42 foo_bar"
print(s.upper(), s.lower(), s.capitalize(), s.title(), s.swapcase())
print("".upper(), "ABC".lower(), "aBc".capitalize(), "123abc".capitalize())
print("hello".isupper(), "HELLO".isupper(), "hello".islower(), "Hello".islower(), "123".islower())
