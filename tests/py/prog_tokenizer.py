# a tiny tokenizer and recursive-descent expression evaluator
def tokenize(s):
    toks = []
    i = 0
    while i < len(s):
        c = s[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(s) and s[j].isdigit():
                j += 1
            toks.append(("num", int(s[i:j])))
            i = j
        elif c in "+-*/()":
            toks.append(("op", c))
            i += 1
        else:
            raise SyntaxError("bad char %r at %d" % (c, i))
    return toks
class Parser:
    def __init__(self, toks):
        self.toks = toks
        self.i = 0
    def peek(self):
        return self.toks[self.i] if self.i < len(self.toks) else ("end", None)
    def take(self):
        t = self.peek()
        self.i += 1
        return t
    def expr(self):
        v = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            op = self.take()[1]
            v = v + self.term() if op == "+" else v - self.term()
        return v
    def term(self):
        v = self.factor()
        while self.peek() in (("op", "*"), ("op", "/")):
            op = self.take()[1]
            r = self.factor()
            v = v * r if op == "*" else v // r
        return v
    def factor(self):
        kind, val = self.take()
        if kind == "num":
            return val
        if val == "-":
            return -self.factor()
        if val == "(":
            v = self.expr()
            self.take()
            return v
        raise SyntaxError("unexpected %r" % (val,))
for src in ["1 + 2 * 3", "(1 + 2) * 3", "10 / 3 - -4", "2 * (3 + (4 - 1)) * 2", "7 $ 2", "(1 + )"]:
    try:
        print(src, "=", Parser(tokenize(src)).expr())
    except SyntaxError as e:
        print(src, "error:", e)
print(tokenize("12+(3)"))
