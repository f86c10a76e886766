# helper module that itself imports another helper module
import mod_basic
from mod_basic import double as _dbl
def quadruple(x):
    return _dbl(_dbl(x))
def version_plus(n):
    return mod_basic.VERSION + n
