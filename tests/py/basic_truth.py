# truthiness of builtin values and the results of and/or/not
vals = [0, 1, -1, "", "a", [], [0], (), (0,), {}, {0: 0}, None, True, False, b"", b"\x00", range(0), range(1)]
for v in vals:
    print(repr(v), bool(v), not v)
print(0 or "x", 1 or "x", "" and 5, 3 and 5)
print(None or [] or 0)
print(1 and 2 and 3)
print([] and crash_if_evaluated)
print(1 or crash_if_evaluated)
x = 0
if not x:
    print("falsy branch")
print(not None, not not 7)
