# the sys module: argv, modules, exit, implementation
import sys
print(type(sys.argv).__name__, all(isinstance(a, str) for a in sys.argv))
print(type(sys.modules).__name__, "sys" in sys.modules, sys.modules["sys"] is sys)
print(callable(sys.exit), type(sys.implementation.name).__name__)
print(sys.implementation.name == sys.implementation.name.lower())
import sys as s2
print(s2 is sys, type(sys).__name__)
