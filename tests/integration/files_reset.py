# files_reset.py - MRFS files through the boot table, across board resets
# (run by test_files.py with a persistent flash file).
import monty

try:
    n = int(monty.file_read("counter"))
except OSError:
    n = 0
print("boot", n)
if n < 2:
    monty.file_write("counter", str(n + 1))
    # replaced on every boot: the newest version must win
    monty.file_write("big", bytes([n]) * 3000)
    monty.file_write("tmp", b"x")
    monty.reset()
big = monty.file_read("big")
print("done", monty.file_read("counter"), len(big), big[0], big[-1])
if "tmp" in monty.files():
    monty.file_delete("tmp")
print(monty.files())
try:
    monty.file_read("tmp")
except OSError:
    print("tmp deleted")
