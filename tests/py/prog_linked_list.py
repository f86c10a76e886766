# a singly linked list class with iteration, len, indexing and reversal
class LinkedList:
    class _Node:
        def __init__(self, v, nxt):
            self.v = v
            self.nxt = nxt
    def __init__(self, items=()):
        self.head = None
        self.n = 0
        for x in reversed(list(items)):
            self.push(x)
    def push(self, v):
        self.head = LinkedList._Node(v, self.head)
        self.n += 1
    def __len__(self):
        return self.n
    def __iter__(self):
        node = self.head
        while node:
            yield node.v
            node = node.nxt
    def __getitem__(self, i):
        if i < 0:
            i += self.n
        for k, v in enumerate(self):
            if k == i:
                return v
        raise IndexError("index out of range")
    def reverse(self):
        prev = None
        node = self.head
        while node:
            node.nxt, prev, node = prev, node, node.nxt
        self.head = prev
    def __repr__(self):
        return "LL[" + ", ".join(repr(v) for v in self) + "]"
l = LinkedList(range(6))
print(l, len(l), l[0], l[-1], l[3])
l.reverse()
print(l, list(l), sum(l), 4 in l)
l.push("x")
print(l, len(l))
try:
    l[99]
except IndexError as e:
    print("IndexError", e)
