# import m as n and from m import a as b
import mod_basic as mb
from mod_basic import greet as hello, double as twice
import sys as system
print(mb.VERSION, hello("x"), twice(4), "sys" in system.modules)
import mod_basic
print(mb is mod_basic, hello is mod_basic.greet)
