# from m import * honours __all__
from mod_star_all import *
print(exported, also_exported())
try:
    print(not_exported)
except NameError:
    print("not_exported not bound")
try:
    print(_private)
except NameError:
    print("_private not bound")
import mod_star_all
print(mod_star_all.not_exported, sorted(mod_star_all.__all__))
