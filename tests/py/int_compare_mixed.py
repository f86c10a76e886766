# comparing ints with bools and between negative and positive values
print(-1 < 0 < 1, -5 < -4, 10 > 9 > -10, 3 >= 3, -3 <= -3)
print(True < 2, False >= 0, 1 == True, 2 == True)
vals = [5, -3, 0, True, -7, 12, False]
print(sorted(vals), max(vals), min(vals))
print(sorted([3, -1, 2], key=lambda v: -v))
print(1 < 2 and 2 < 3, 0 < -1 or 1 > 0)
print(0 == -0, -0, 7 != 8)
