# __init__ with defaults, *args, **kwargs; errors for wrong calls; __init__ returning None
class Config:
    def __init__(self, name, *extras, debug=False, **opts):
        self.name = name
        self.extras = extras
        self.debug = debug
        self.opts = opts
c = Config("app", 1, 2, debug=True, level=3)
print(c.name, c.extras, c.debug, c.opts)
print(Config("x").extras, Config(name="y").name)
try:
    Config()
except TypeError:
    print("TypeError missing name")
class NoInit:
    pass
print(type(NoInit()).__name__)
try:
    NoInit(1)
except TypeError:
    print("TypeError args to object()")
class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError:
    print("TypeError __init__ returned non-None")
