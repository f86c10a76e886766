def f():
    try:
        return 1
    finally:
        try:
            g()
        except KeyError:
            pass
