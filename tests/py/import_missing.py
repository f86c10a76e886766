# importing a missing module or name raises ImportError
try:
    import no_such_module_anywhere
    print("imported?!")
except ImportError:
    print("ImportError for missing module")
try:
    from mod_basic import no_such_name
except ImportError:
    print("ImportError for missing name")
try:
    from no_such_module_either import x
except ImportError:
    print("ImportError for from-import of missing module")
import sys
print("no_such_module_anywhere" in sys.modules)
