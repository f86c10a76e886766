# helper module: part of a circular import with mod_circ_a (uses it only lazily)
import mod_circ_a
def b_func():
    return "b sees " + mod_circ_a.A_VALUE
