# subclassing list and dict
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack()
s.push(1); s.push(2); s.push(3)
print(s, len(s), s.peek(), s.pop(), s, isinstance(s, list))
print(sum(s), [x * 2 for x in s], s + [9])
class DefaultDict(dict):
    def __init__(self, factory):
        super().__init__()
        self.factory = factory
    def get_or_make(self, k):
        if k not in self:
            self[k] = self.factory()
        return self[k]
d = DefaultDict(list)
d.get_or_make("a").append(1)
d.get_or_make("a").append(2)
d.get_or_make("b")
print(d, len(d), sorted(d.keys()))
class Upper(str):
    def shout(self):
        return self.upper() + "!"
u = Upper("hey")
print(u.shout(), u + "x", len(u), isinstance(u, str))
