# dict comprehensions: key collisions keep the last value, order follows iteration
print({x: x * x for x in range(5)})
print({c: i for i, c in enumerate("abcab")})
print({k: v for k, v in zip("xyz", range(3)) if v != 1})
print({v: k for k, v in {"a": 1, "b": 2}.items()})
print({(i, j): i * j for i in range(2) for j in range(2)})
print({w[0]: w for w in ["apple", "avocado", "banana"]})
print({str(i): [i] * i for i in range(3)})
