# circular imports work when the cycle only uses names lazily
import mod_circ_a
print(mod_circ_a.from_b())
import mod_circ_b
print(mod_circ_b.b_func(), mod_circ_b.mod_circ_a is mod_circ_a)
