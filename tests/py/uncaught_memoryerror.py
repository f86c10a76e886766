# an uncaught MemoryError still ends the program cleanly with status 1
# needs: bigint
print("allocating")
big = bytearray(10 ** 15)
print("never")
