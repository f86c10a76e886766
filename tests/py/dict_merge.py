# dict | and |= merge operators
a = {"a": 1, "b": 2}
b = {"b": 20, "c": 30}
print(a | b, b | a)
a |= b
print(a)
a |= [("d", 4)]
print(a)
