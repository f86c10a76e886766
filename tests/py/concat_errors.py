# TypeError messages of sequence concatenation, as CPython words them
# needs: float
for a, b in [([1], (1,)), ((1,), [1]), (b"a", "s"), ("s", b"a"), ([1], 1), ((1,), 1),
             (bytearray(), 1), (b"", 1), ("a", None), ("a", 1.5)]:
    try:
        a + b
    except TypeError as e:
        print(e)
x = "a"
try:
    x += 1
except TypeError as e:
    print(e)
class S(str):
    pass
try:
    S("q") + 3
except TypeError as e:
    print(e)
try:
    1 + "a"
except TypeError as e:
    print(e)
