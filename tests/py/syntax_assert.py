# assert passes silently or raises AssertionError with optional message
assert True
assert 1 == 1, "never shown"
try:
    assert False
except AssertionError as e:
    print("AssertionError", e.args)
try:
    assert 1 > 2, "one is not greater"
except AssertionError as e:
    print("AssertionError", e)
try:
    assert [], ["list", "message"]
except AssertionError as e:
    print(e.args[0])
def check(n):
    assert n >= 0, "negative: %d" % n
    return n
print(check(3))
try:
    check(-2)
except AssertionError as e:
    print(e)
