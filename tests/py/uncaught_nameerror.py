# uncaught NameError for an undefined global name
print("start")
def f():
    return undefined_variable_xyz + 1
f()
