# __exit__ receives the exception type and instance (or None, None when the body finished)
class Inspect:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        self.info = (et.__name__ if et else None, str(ev) if ev else None, isinstance(ev, BaseException))
        return True
with Inspect() as i:
    raise ValueError("boom")
print(i.info)
with Inspect() as j:
    pass
print(j.info)
with Inspect() as k:
    {}["key"]
print(k.info)
