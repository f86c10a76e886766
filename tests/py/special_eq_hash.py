# __eq__ and __hash__: used by ==, in, list.index/count/remove, dict and set
class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, other):
        return isinstance(other, Key) and self.k.lower() == other.k.lower()
    def __hash__(self):
        return hash(self.k.lower())
    def __repr__(self):
        return "Key(%s)" % self.k
a, b, c = Key("Abc"), Key("aBC"), Key("x")
print(a == b, a != b, a == c, a != c, a == "Abc")
lst = [c, a]
print(b in lst, lst.index(b), lst.count(Key("ABC")))
lst.remove(b)
print(lst)
d = {a: "first"}
d[b] = "second"
print(len(d), d[Key("abc")], d)
s = {a, b, c, Key("X")}
print(len(s))
class NoEq:
    pass
n1, n2 = NoEq(), NoEq()
print(n1 == n1, n1 == n2, n1 != n2, len({n1, n2, n1}))
class EqNoHash:
    def __eq__(self, other):
        return True
try:
    {EqNoHash()}
except TypeError:
    print("TypeError unhashable when __eq__ without __hash__")
print(EqNoHash() == 5, 5 == EqNoHash())
