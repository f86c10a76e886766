# Python functions called back from builtins (map, sorted key, min key, filter) nest correctly
def key(x):
    return -sorted([x, 1])[0]
print(sorted([3, 1, 2], key=key))
def nested_map(n):
    if n == 0:
        return [0]
    return list(map(lambda x: x + 1, nested_map(n - 1))) + [0]
print(nested_map(6))
print(max(range(10), key=lambda v: (v * 7) % 10), list(filter(lambda v: v in {2, 5}, range(8))))
def deep_key(v, d=20):
    return v if d == 0 else deep_key(v, d - 1)
print(sorted([5, 3, 9, 1], key=deep_key))
