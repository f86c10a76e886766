# print accepts flush= and an explicit file=sys.stdout
import sys
print("flushed", flush=True)
print("to stdout", file=sys.stdout)
print("a", "b", sep="", end="\n", flush=False)
sys.stdout.write("written directly\n")
