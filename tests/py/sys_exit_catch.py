# SystemExit can be caught; except Exception does not catch it
import sys
try:
    sys.exit(7)
except SystemExit as e:
    print("caught SystemExit", e.code, e.args)
try:
    try:
        sys.exit("msg")
    except Exception:
        print("wrong: Exception caught SystemExit")
except SystemExit as e:
    print("outer caught", e.code)
try:
    sys.exit()
except SystemExit as e:
    print("code", e.code)
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print("code", e.code)
print("continuing after catching")
