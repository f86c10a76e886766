# finally and __exit__ run before the uncaught exception ends the program
class CM:
    def __enter__(self):
        print("enter")
    def __exit__(self, *a):
        print("exit")
try:
    with CM():
        print("body")
        raise ValueError("bad")
finally:
    print("finally")
