# names that are keywords elsewhere or soft keywords work as identifiers
match = "match is a name"
case = 2
_ = "underscore"
type = "shadowing builtin type"
print(match, case, _, type)
del type
print(type(1).__name__)
def print_(*a):
    print("wrapped", *a)
print_(1, 2)
__x = "dunder-ish"
print(__x)
