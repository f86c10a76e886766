# type annotations are accepted and do not affect execution
def add(a: int, b: int = 2) -> int:
    return a + b
x: int = 5
y: "forward ref"
name: str = "ann"
print(add(1), add(1, b=3), x, name)
class P:
    count: int = 0
    label: str
    def __init__(self, v: list) -> None:
        self.v: list = v
print(P([1]).v, P.count)
def kw(*args: int, key: str = "k", **rest: int) -> tuple:
    return args, key, rest
print(kw(1, 2, key="z", q=3))
lam = lambda q: q
print(lam(9))
