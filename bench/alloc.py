# Object allocation: build and walk many short-lived binary trees of small
# class instances, plus tuples and lists. Nearly everything becomes garbage
# at once, so this measures allocation and collection speed. A tree of
# depth 6 has 127 nodes; only one such tree and one of depth 5 are live.

REPEAT = 11

class Node:
    def __init__(self, left, right, v):
        self.left = left
        self.right = right
        self.v = v

def build(depth, v):
    if depth == 0:
        return Node(None, None, v)
    return Node(build(depth - 1, v * 2), build(depth - 1, v * 2 + 1), v)

def check(n):
    if n.left is None:
        return n.v & 7
    return n.v + check(n.left) - check(n.right)

def work(rnd):
    total = 0
    long_lived = build(5, rnd + 1)
    for i in range(150):
        t = build(6, i)
        total += check(t)
    for i in range(4000):
        tup = (i, i + 1, (i, "x"))
        lst = [tup, [i] * 3]
        total += lst[1][2] + tup[2][0]
    total += check(long_lived)
    return total

def main():
    check_sum = 0
    for rnd in range(REPEAT):
        total = work(rnd)
        check_sum = (check_sum * 31 + total) % 1000003
    print("total", total)
    print("checksum", check_sum)

main()
