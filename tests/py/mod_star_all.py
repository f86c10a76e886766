# helper module: __all__ limits what "from mod_star_all import *" binds
__all__ = ["exported", "also_exported"]
exported = "in __all__"
also_exported = lambda: "function in __all__"
not_exported = "public but not listed"
_private = "private"
