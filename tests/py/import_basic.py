# import a helper module beside the script and use its names
import mod_basic
print(mod_basic.VERSION, mod_basic.names, mod_basic.greet("you"), mod_basic.double(21))
s = mod_basic.Square("sq")
print(s.describe(), isinstance(s, mod_basic.Shape), type(s).__name__)
print(mod_basic.__name__, mod_basic.module_name(), type(mod_basic).__name__)
print(mod_basic._hidden)
mod_basic.VERSION = 4
print(mod_basic.VERSION)
print(__name__)
