# f-string format specs, including nested replacement fields in specs
n = 42
s = "txt"
print(f"[{n:5}] [{n:<5}] [{n:^5}] [{n:05}] [{n:+}] [{-n:5}]")
print(f"[{s:6}] [{s:>6}] [{s:^7}] [{s:*<6}] [{s:.2}]")
print(f"{n:x} {n:X} {n:o} {n:b} {n:#x} {n:#o} {n:08b} {255:_x}")
print(f"{1234567:,} {1234567:_}")
w, p = 8, 3
print(f"[{s:>{w}}] [{s:{w}}] [{n:0{w}}] [{'abcdef':.{p}}]")
print(f"[{'x':{'>'}{w}}]")
print(f"{n!r:>6}|{s!r:<8}|")
print(f"{None!s:>6}|{[1]!s:>5}|")
