# sys.exit() without argument ends with status 0
import sys
def main():
    print("main runs")
    sys.exit()
    print("never")
main()
print("never either")
