# an uncaught exception: stdout so far is kept, exit status 1,
# last stderr line "ZeroDivisionError: division by zero"
print("before")
x = 0
print(10 / x)
print("never")
