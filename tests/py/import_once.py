# a module body runs once; later imports reuse sys.modules
import sys
print("mod_side_effect" in sys.modules)
import mod_side_effect
print("imported once")
import mod_side_effect
import mod_side_effect as again
from mod_side_effect import loaded_count
def inner():
    import mod_side_effect
    return mod_side_effect
print(inner() is again, loaded_count, "mod_side_effect" in sys.modules)
print(sys.modules["mod_side_effect"] is again)
