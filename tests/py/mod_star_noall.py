# helper module without __all__: "import *" binds every name not starting with "_"
public_value = 1
def public_func():
    return "public_func"
_private_value = 2
class PublicClass:
    pass
