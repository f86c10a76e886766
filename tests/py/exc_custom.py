# user-defined exception classes with extra state and custom __str__
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, what, code=404):
        super().__init__(what)
        self.what = what
        self.code = code
    def __str__(self):
        return "%s not found (%d)" % (self.what, self.code)
class Fatal(AppError):
    pass
def lookup(name):
    if name == "x":
        raise NotFound(name)
    if name == "y":
        raise Fatal("fatal", name)
    return name.upper()
for n in ("a", "x", "y"):
    try:
        print(lookup(n))
    except NotFound as e:
        print("NotFound:", e, e.code, e.args, isinstance(e, AppError))
    except AppError as e:
        print("AppError:", type(e).__name__, e.args, str(e))
print(issubclass(NotFound, Exception), NotFound.__name__, issubclass(NotFound, AppError))
class WithRepr(Exception):
    pass
print(repr(WithRepr("m")), repr(NotFound("z")), str(WithRepr()))
