# an exception during import propagates and the module is not left in sys.modules
import sys
try:
    import mod_fails
except ValueError as e:
    print("import raised", e)
print("mod_fails" in sys.modules)
try:
    import mod_fails
except ValueError:
    print("raised again on retry")
