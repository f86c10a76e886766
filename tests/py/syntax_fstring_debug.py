# the f-string "=" specifier prints the expression text too
x = 7
name = "Monty"
print(f"{x=}", f"{x*2 = }", f"{name=!r}", f"{name=}", f"{x=:>4}")
