# from m import a, b and the parenthesised form
from mod_basic import VERSION, greet
from mod_basic import (
    double,
    Shape,
    Square,
)
print(VERSION, greet("from"), double(5), Square("s").describe(), Shape.sides)
try:
    mod_basic
except NameError:
    print("module name itself not bound by from-import")
