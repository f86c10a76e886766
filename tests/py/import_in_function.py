# import statements inside functions bind local names
def f():
    import mod_basic
    from mod_basic import double
    return mod_basic.greet("local"), double(8)
print(f())
try:
    mod_basic
except NameError:
    print("not bound globally")
def g():
    from mod_basic import VERSION as v
    return v
print(g())
