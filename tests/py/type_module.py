# modules are objects: attributes, setattr, type name
import sys
import mod_basic
print(type(sys).__name__, type(mod_basic).__name__, mod_basic.__name__)
mod_basic.new_attr = "set from outside"
print(mod_basic.new_attr, getattr(mod_basic, "VERSION"), hasattr(mod_basic, "nope"))
setattr(mod_basic, "VERSION", 9)
print(mod_basic.VERSION)
try:
    mod_basic.missing_attr
except AttributeError:
    print("AttributeError")
