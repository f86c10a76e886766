# uncaught user-defined exception class from __main__
class MyError(Exception):
    pass
print("raising")
raise MyError("custom failure")
