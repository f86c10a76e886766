# __eq__ defined in a base class applies to subclasses; isinstance-based equality
class P:
    def __init__(self, x):
        self.x = x
    def __eq__(self, o):
        return isinstance(o, P) and o.x == self.x
    def __hash__(self):
        return self.x
class Q(P):
    pass
print(P(1) == Q(1), Q(1) == P(1), Q(2) == Q(2), P(1) == 1, P(1) != Q(2))
print(len({P(1), Q(1), P(2)}), Q(3) in [P(3)], [P(1), Q(1)].count(P(1)))
