# from m import * without __all__ skips names starting with an underscore
from mod_star_noall import *
print(public_value, public_func(), PublicClass.__name__)
try:
    print(_private_value)
except NameError:
    print("_private_value not imported")
