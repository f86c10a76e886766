# inner functions that call themselves recursively through the closure
def count_nodes(tree):
    def walk(t):
        if t is None:
            return 0
        return 1 + walk(t[0]) + walk(t[1])
    return walk(tree)
t = ((None, None), ((None, None), (None, (None, None))))
print(count_nodes(t))
def make_fact():
    def fact(n):
        return 1 if n < 2 else n * fact(n - 1)
    return fact
print(make_fact()(10))
def outer():
    memo = {}
    def fib(n):
        if n < 2:
            return n
        if n not in memo:
            memo[n] = fib(n - 1) + fib(n - 2)
        return memo[n]
    return fib(40), len(memo)
print(outer())
