# conditional expressions, nested and lazily evaluated
def side(tag, val):
    print("eval", tag)
    return val
print("yes" if 1 else "no", "yes" if 0 else "no")
print(side("a", 1) if side("cond", True) else side("b", 2))
print(side("a", 1) if side("cond", False) else side("b", 2))
x = 5
print("neg" if x < 0 else "zero" if x == 0 else "pos")
print([("even" if i % 2 == 0 else "odd") for i in range(4)])
f = (lambda v: "big" if v > 10 else "small")
print(f(3), f(30))
print((1 if True else 2) + 10, 1 if False else 2 + 10)
