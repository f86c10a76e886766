# "Stones": a synthetic integer benchmark in the spirit of the classic
# Dhrystone/pystone family, written from scratch for Monty. Each loop runs a
# fixed mix of work that typical small programs do: calls with a few
# arguments, record (instance) field reads and writes, global variable
# updates, list and nested-list indexing, short string comparisons, an
# "enum" chosen by branches, and a little arithmetic. LOOPS sets the amount.

LOOPS = 80000

RED, GREEN, BLUE, WHITE = 0, 1, 2, 3

class Rec:
    def __init__(self, link, kind, num, text):
        self.link = link
        self.kind = kind
        self.num = num
        self.text = text

counter = 0
flag = False
letter = "A"
row = [0] * 40
table = [[0] * 40 for _ in range(40)]

def pick_color(n):
    if n % 4 == 0:
        return RED
    elif n % 4 == 1:
        return GREEN
    elif n % 4 == 2:
        return BLUE
    return WHITE

def bump(step):
    global counter
    counter += step
    return counter

def same_start(a, b):
    return a[0] == b[0] and a < b

def fill(rec, n):
    rec.num = n + rec.num % 100
    rec.kind = pick_color(n)
    if rec.link is not None:
        rec.link.num = rec.num - 1
    return rec.num

def grid_step(i, v):
    k = i % 38
    row[k] = v
    row[k + 1] = row[k] + 1
    table[k][k + 1] = row[k + 1]
    table[k + 1][k] = table[k][k + 1] + k
    return table[k + 1][k]

def mix(a, b, c):
    t = a * 3 + b
    if t > c:
        t -= c
    else:
        t += c // 2
    return t & 0x3FFF

def one_loop(i, head, s1, s2):
    global flag, letter
    n = fill(head, i)
    v = grid_step(i, n)
    flag = same_start(s1, s2) if (i & 1) else not flag
    letter = "B" if flag else "A"
    c = head.kind
    if c == RED or c == BLUE:
        bump(1)
    else:
        bump(2)
    return mix(n, v, i & 255) + (1 if letter == "B" else 0)

def run(loops):
    tail = Rec(None, WHITE, 0, "tail record")
    head = Rec(tail, RED, 1, "head record")
    s1 = "STONES PROGRAM, 1'ST STRING"
    s2 = "STONES PROGRAM, 2'ND STRING"
    acc = 0
    for i in range(loops):
        acc = (acc + one_loop(i, head, s1, s2)) & 0xFFFFF
    return acc, head, tail

def main():
    acc, head, tail = run(LOOPS)
    print("loops", LOOPS, "acc", acc, "counter", counter, "num", head.num, tail.num,
          "row", sum(row), "table", table[5][6] + table[6][5], "flag", flag, letter)
    print("checksum", (acc * 31 + counter + head.num + sum(row)) % 1000003)

main()
