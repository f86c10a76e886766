# exceptions raised while handling another, and in else/finally clauses
def g():
    try:
        raise KeyError("a")
    except KeyError:
        raise IndexError("b")
    finally:
        print("finally of g")
try:
    g()
except IndexError as e:
    print("IndexError", e, type(e.__context__).__name__)
def h():
    try:
        pass
    except KeyError:
        print("wrong")
    else:
        raise ValueError("from else")
    finally:
        print("finally of h")
try:
    h()
except ValueError as e:
    print(e)
def k():
    try:
        raise ValueError("original")
    finally:
        raise TypeError("replacement")
try:
    k()
except TypeError as e:
    print(e, type(e.__context__).__name__)
except ValueError:
    print("wrong")
