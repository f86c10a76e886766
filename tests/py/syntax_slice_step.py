# slicing with steps, negative indices and omitted bounds on list/str/tuple/bytes
seqs = [list(range(10)), "abcdefghij", tuple(range(10)), bytes(range(10))]
for s in seqs:
    print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-2], s[-1:-4:-1], s[2:8:3], s[:-7:-3], s[100:0:-4], s[-100:100:5])
for step in (1, 2, 3, -1, -2, -3):
    print(step, "0123456"[::step], "0123456"[1:-1:step], "0123456"[-2:1:step])
try:
    [1, 2][::0]
except ValueError:
    print("ValueError zero step")
