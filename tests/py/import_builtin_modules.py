# built-in modules sys and gc; from-import of a built-in module
import sys
import gc
from sys import modules, exit
print("sys" in modules, "gc" in sys.modules, exit is sys.exit, callable(gc.collect))
print(type(gc).__name__, gc.__name__, sys.__name__)
