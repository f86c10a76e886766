# classes defined inside classes and functions
class Outer:
    class Inner:
        def hello(self):
            return "inner hello"
    def make(self):
        return Outer.Inner()
print(Outer().make().hello(), Outer.Inner.__name__)
def factory(base_val):
    class Made:
        val = base_val
        def get(self):
            return self.val
    return Made
A = factory(1)
B = factory(2)
print(A().get(), B().get(), A is not B, A.__name__)
