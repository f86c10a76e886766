# class decorators and decorators implemented as classes
def add_greeting(cls):
    cls.greet = lambda self: "hello from " + type(self).__name__
    return cls
@add_greeting
class Person:
    pass
print(Person().greet())
class CountCalls:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0
    def __call__(self, *args):
        self.calls += 1
        return self.fn(*args)
@CountCalls
def square(x):
    return x * x
print(square(3), square(4), square.calls)
def singleton(cls):
    instances = {}
    def get():
        if cls not in instances:
            instances[cls] = cls()
        return instances[cls]
    return get
@singleton
class Config:
    pass
print(Config() is Config())
