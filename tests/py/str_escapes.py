# every string escape sequence
s = "a\tb\nc\\d\'e\"f\rg\x41\x7e\101\0z\a\b\f\v\u00e9\u20ac\U0001F600"
print(len(s))
print([ord(c) for c in s])
print(repr("\n\t\r\\"), repr("\x00\x1f\x7f"))
print("line1\
line2")
print("oct:", "\7" == "\x07", "\77", "\377" == "\xff", "\1010")
print('single "double" inside', "double 'single' inside")
print('it\'s', "say \"hi\"")
print(r"raw \n \t \\ \x41", R"R\d")
print(len(r"\n"), len(r"\\"), r"a\'b")
print("""triple "quoted"
with newline""", '''and 'single'
too''')
print("adjacent " "literals " 'join')
print(("in"
       "side" " parens"))
