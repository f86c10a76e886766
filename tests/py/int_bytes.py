# int.to_bytes and int.from_bytes
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (255).to_bytes(1, "big"))
print((0).to_bytes(3, "big"), (65535).to_bytes(4, "little"))
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"), int.from_bytes(b"", "big"))
print(int.from_bytes(b"\xff\xff", "big"), int.from_bytes(bytearray([1, 2, 3]), "little"))
print((-2).to_bytes(2, "big", signed=True), int.from_bytes(b"\xff\xfe", "big", signed=True))
try:
    (256).to_bytes(1, "big")
except OverflowError:
    print("OverflowError")
n = 0x12345
print(int.from_bytes(n.to_bytes(3, "big"), "big") == n)
