# __exit__ returning true suppresses only the exception it is given
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        self.seen = et.__name__ if et else None
        return et is not None and issubclass(et, self.types)
with Suppress(KeyError) as s:
    {}["missing"]
print("suppressed", s.seen)
with Suppress(LookupError) as s:
    [][0]
print("suppressed subclass", s.seen)
try:
    with Suppress(KeyError) as s:
        1 // 0
except ZeroDivisionError:
    print("not suppressed", s.seen)
with Suppress(ValueError) as s:
    pass
print("no exception", s.seen)
def f():
    for i in range(3):
        with Suppress(ValueError):
            if i == 1:
                raise ValueError
            print("iteration", i)
    return "done"
print(f())
