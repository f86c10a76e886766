# a module that imports another module; names are looked up in the defining module
import mod_uses_other
print(mod_uses_other.quadruple(3), mod_uses_other.version_plus(10))
import mod_basic
print(mod_uses_other.mod_basic is mod_basic)
mod_basic.VERSION = 100
print(mod_uses_other.version_plus(1))
