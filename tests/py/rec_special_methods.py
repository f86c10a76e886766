# recursion through special methods called from builtins (__eq__, __len__, __getitem__, __repr__)
class Node:
    def __init__(self, v, nxt=None):
        self.v, self.nxt = v, nxt
    def __len__(self):
        return 1 + (len(self.nxt) if self.nxt is not None else 0)
    def __eq__(self, o):
        return self.v == o.v and (self.nxt == o.nxt)
    def __getitem__(self, i):
        return self.v if i == 0 else self.nxt[i - 1]
    def __repr__(self):
        if self.nxt is None:
            return str(self.v)
        return "%d>%r" % (self.v, self.nxt)
def chain(n):
    head = None
    for i in range(n, 0, -1):
        head = Node(i, head)
    return head
a, b = chain(60), chain(60)
print(len(a), a == b, a[59], a[30], bool(a))
b.nxt.nxt.v = 0
print(a == b)
print(chain(12))
