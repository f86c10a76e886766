# allocations far larger than any heap raise MemoryError, which can be caught
# needs: bigint
# (10**15 elements exceed even a 64-bit host's address space, so CPython fails at once too)
n = 10 ** 15
for what in ("list", "bytes", "bytearray", "str"):
    try:
        if what == "list":
            x = [0] * n
        elif what == "bytes":
            x = b"ab" * n
        elif what == "bytearray":
            x = bytearray(n)
        else:
            x = "xyz" * n
        print(what, "allocated?!")
    except MemoryError:
        print(what, "caught")
small = [1, 2, 3] * 10
print("after recovery", sum(small), len(small))
