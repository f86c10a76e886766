# an uncaught exception without arguments prints just its name
print("ok so far")
raise RuntimeError
