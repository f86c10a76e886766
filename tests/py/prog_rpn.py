# a reverse-polish calculator with error handling
def rpn(expr):
    stack = []
    ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b,
           "*": lambda a, b: a * b, "//": lambda a, b: a // b, "%": lambda a, b: a % b}
    for tok in expr.split():
        if tok in ops:
            if len(stack) < 2:
                raise ValueError("stack underflow at " + tok)
            b = stack.pop()
            a = stack.pop()
            stack.append(ops[tok](a, b))
        else:
            try:
                stack.append(int(tok))
            except ValueError:
                raise ValueError("not a number: " + tok)
    if len(stack) != 1:
        raise ValueError("leftover %d items" % len(stack))
    return stack[0]
for e in ["3 4 +", "5 1 2 + 4 * + 3 -", "2 3 4 * +", "10 3 //", "10 3 %", "1 +", "1 2", "4 0 //", "x 1 +", "-7 2 //"]:
    try:
        print(e, "=>", rpn(e))
    except ValueError as err:
        print(e, "=> error:", err)
    except ZeroDivisionError:
        print(e, "=> division by zero")
