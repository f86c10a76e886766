# a failing assert with a message, uncaught
total = sum(range(5))
print(total)
assert total == 11, "total should be 11"
