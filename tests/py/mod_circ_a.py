# helper module: imports mod_circ_b, which imports this module back
import mod_circ_b
A_VALUE = "a"
def from_b():
    return mod_circ_b.b_func()
