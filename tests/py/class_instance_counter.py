# class-level state shared by instances; mutable class attribute pitfall
class Node:
    created = 0
    shared = []
    def __init__(self, v):
        Node.created += 1
        self.v = v
        self.own = []
    def add(self, x):
        self.shared.append(x)
        self.own.append(x)
a = Node(1)
b = Node(2)
a.add("a")
b.add("b")
print(Node.created, a.shared, b.shared, a.own, b.own, a.shared is b.shared)
nodes = [Node(i) for i in range(10)]
print(Node.created, sum(n.v for n in nodes))
