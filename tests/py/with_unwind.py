# with blocks exit correctly on return, break, continue and exceptions
class CM:
    def __init__(self, tag):
        self.tag = tag
    def __enter__(self):
        print("enter", self.tag)
    def __exit__(self, et, ev, tb):
        print("exit", self.tag, et.__name__ if et else "-")
def ret():
    with CM("ret"):
        return "value"
print(ret())
for i in range(4):
    with CM(i):
        if i == 1:
            continue
        if i == 2:
            break
        print("body", i)
def nested():
    with CM("outer"):
        with CM("inner"):
            return "from inner"
print(nested())
def gen():
    with CM("gen"):
        yield 1
        yield 2
print(list(gen()))
try:
    with CM("exc"):
        with CM("exc-inner"):
            [][0]
except IndexError:
    print("IndexError caught")
while True:
    with CM("while"):
        break
print("end")
