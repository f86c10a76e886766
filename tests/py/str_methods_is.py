# character class predicates
tests = ["abc", "ABC", "abc123", "123", "", " ", " \t\n", "a b", "Ab1!", "_", "0x1"]
for t in tests:
    print(repr(t), t.isalpha(), t.isdigit(), t.isalnum(), t.isspace(), t.isupper(), t.islower())
