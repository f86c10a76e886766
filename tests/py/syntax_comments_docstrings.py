# comments and docstrings are not output and do not change behaviour
"""Module docstring."""
# a full-line comment
x = 1  # trailing comment
def f():
    """Function docstring."""
    # comment inside
    return "f result"  # another
class C:
    """Class docstring."""
    def m(self):
        """Method docstring."""
        return "m result"
print(x, f(), C().m())
s = "# not a comment"
print(s)
t = """
# inside a triple-quoted string
"""
print(len(t), t.count("#"))
def g():
    # only a comment and pass
    pass
print(g())
