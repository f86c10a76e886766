# str.format with positional, indexed, named fields and simple specs
print("{} and {}".format("a", "b"))
print("{1} {0} {1}".format("x", "y"))
print("{name} is {age}".format(name="Ann", age=7))
print("{0[1]} {d[k]}".format([5, 6], d={"k": "v"}))
print("[{:>6}] [{:<6}] [{:^6}] [{:*^7}] [{:06}]".format("ab", "cd", "ef", "g", 42))
print("{:d} {:5d} {:<5d}| {:+d} {:x} {:X} {:o} {:b} {:#x} {:#b}".format(7, 7, 7, 7, 255, 255, 8, 5, 255, 5))
print("{:,}".format(1234567), "{:_}".format(7654321))
print("{!r} {!s}".format("q", "q"), "{{literal}}".format())
print("{:>4}|{:<4}|".format(12, 34), "{:s}".format("str"))
print("{:.3}".format("abcdef"), "{:10.2}|".format("xyz"))
print("{0}{0}{0}".format("ab"))
w = 8
print("{:>{}}|".format("r", w), "{:{w}}|".format(1, w=5))
