# functions stored on instances are not bound; functions on classes are
def free(*args):
    return len(args)
class C:
    method = free
    def __init__(self):
        self.attr_fn = free
c = C()
print(c.method(), c.attr_fn(), C.method(), C.method(1, 2))
c.lam = lambda: "no self"
print(c.lam())
class D:
    handlers = {"a": free}
print(D().handlers["a"](1))
