# min and max: iterables, several arguments, key, default
print(min(3, 1, 2), max(3, 1, 2), min([4, 2, 8]), max("hello"), min((5,)), max(range(10)))
print(min("b", "a", "c"), max([1, 2], [1, 3]), max([[1], [0, 5]]))
print(min([], default="empty"), max([], default=None), max([7], default=0))
words = ["kiwi", "fig", "banana", "apple"]
print(min(words, key=len), max(words, key=len), max(words, key=lambda w: w[-1]))
print(max(1, 2, key=lambda v: -v), min(-3, 2, key=abs))
print(max([3, 3, 1], key=lambda v: 0), min([(1, "b"), (1, "a")]))
try:
    min([])
except ValueError:
    print("ValueError empty")
try:
    max(1)
except TypeError:
    print("TypeError not iterable")
