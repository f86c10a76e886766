# SystemExit unwinds through finally and with blocks before the program ends (status 2)
import sys
class CM:
    def __enter__(self):
        print("enter")
    def __exit__(self, et, ev, tb):
        print("exit sees", et.__name__)
def work():
    try:
        with CM():
            sys.exit(2)
    finally:
        print("finally runs")
work()
print("never")
