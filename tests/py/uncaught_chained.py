# an uncaught exception raised from another: the last stderr line is the final exception
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise KeyError("x") from e
print(parse("12"))
parse("twelve")
