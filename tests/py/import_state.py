# module globals are shared by everyone who imports the module
import mod_state
from mod_state import bump, read
bump(); bump(5)
print(mod_state.counter, read(), mod_state.log)
mod_state.counter = 100
print(read(), bump())
from mod_state import counter
print(counter)
