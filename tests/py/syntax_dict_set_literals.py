# dict and set displays: duplicate keys, computed keys, empty forms
d = {"a": 1, "b": 2, "a": 3}
print(d, len(d))
k = "key"
print({k: 1, k + "2": 2, (1, 2): "tuple", 3 * 2: "six"})
s = {1, 2, 2, 3}
print(sorted(s), type({}).__name__, type({1}).__name__, type(set()).__name__)
print({True: "t", 1: "one"}, {1: "one", True: "t"})
print({x: None for x in ()}, [*{}])
