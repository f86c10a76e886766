# SystemExit(None) also means status 0
import sys
print("exiting with None")
sys.exit(None)
