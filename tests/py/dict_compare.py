# dict equality ignores order; nested values compared deeply
a = {"x": 1, "y": [1, 2]}
b = {"y": [1, 2], "x": 1}
print(a == b, a != b, a == {"x": 1}, {} == {})
print({1: {2: {3: 4}}} == {1: {2: {3: 4}}}, {1: 2} == {1: 3})
try:
    a < b
except TypeError:
    print("TypeError ordering")
print(list({**a, "z": 0}), {**a, **{"x": 9}})
