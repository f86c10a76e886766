# augmented assignment for every operator, on names, items and attributes
x = 100
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x //= 7; print(x)
x %= 10; print(x)
x **= 3; print(x)
x <<= 2; print(x)
x >>= 1; print(x)
x &= 0xF; print(x)
x |= 0x30; print(x)
x ^= 0xFF; print(x)
l = [1, 2, 3]
l[1] += 10
l[-1] *= 3
print(l)
d = {"k": 1}
d["k"] += 1
d.setdefault("s", "")
d["s"] += "ab"
print(d)
class O:
    pass
o = O()
o.n = 1
o.n += 41
print(o.n)
calls = []
def idx():
    calls.append(1)
    return 0
m = [5]
m[idx()] += 1
print(m, len(calls))
s = "a"
s *= 3
print(s)
t = (1,)
t += (2,)
print(t)
