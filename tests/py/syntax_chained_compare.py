# chained comparisons evaluate each operand once and short-circuit
def v(tag, x):
    print("eval", tag)
    return x
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 == 1 != 2)
print(1 < v("mid", 5) < 10)
print(v("a", 5) < v("b", 3) < v("c", 9))
print(0 <= 5 <= 5 < 6 > 2 >= 2)
x = 4
print(0 < x < 10, 0 < x < 3, "a" < "b" < "c", [1] < [2] < [3])
y = None
print(1 in [1] in [[1]], x is not y is not False, x is y)
print(1 < 2 > 0 < 5 != 6 == 6)
