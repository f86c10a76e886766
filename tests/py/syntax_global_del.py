# global names can be deleted from functions and recreated
g = 1
def drop():
    global g
    del g
drop()
try:
    g
except NameError:
    print("NameError after global del")
def make():
    global g
    g = "remade"
make()
print(g)
