# integer literals in every base, with underscores
print(0, 7, 1234567, 1_000_000, 0x1F, 0XAB, 0x_dead, 0o17, 0O7_7, 0b1010, 0B1_0_1)
print(0x0, 0o0, 0b0, 00, 0_0)
print(0xff == 255, 0o777 == 511, 0b11111111 == 255, 1_0 == 10)
print(-0x10, +0b11, ~0o7)
print(0x7FFFFFF, 0b1111111111111111111111111111)
