# return: bare, with value, tuple, early return in loops, implicit None
def none1():
    return
def none2():
    pass
def tup():
    return 1, 2
def early(items):
    for i in items:
        if i < 0:
            return i
    return "all positive"
def nested_return(n):
    while True:
        for i in range(n):
            if i == 3:
                return "returned from nested loops at %d" % i
        return "loop ended"
print(none1(), none2(), tup(), early([1, -2, -3]), early([1, 2]))
print(nested_return(10), nested_return(2))
def multi(x):
    if x:
        return "truthy"
    else:
        return "falsy"
    print("unreachable")
print(multi(1), multi(0))
a, b = tup()
print(a + b)
