# Reads lines with input() until EOFError, then once more (CPython raises
# EOFError again at the end of input), and echoes what it read.
lines = []
while True:
    try:
        lines.append(input("> "))
    except EOFError:
        break
print(lines)
try:
    input()
    print("read past the end")
except EOFError as e:
    print("EOFError:", e)
