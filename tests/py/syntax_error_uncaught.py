# A syntax error in the main program: nothing on stdout, the report on
# stderr ending with the SyntaxError line, exit status 1
print("never printed")
x = (1,
