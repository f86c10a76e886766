# building strings incrementally
s = ""
for i in range(200):
    s += str(i % 10)
print(len(s), s[:25], s[-5:])
parts = []
for i in range(300):
    parts.append("%d," % i)
t = "".join(parts)
print(len(t), t[:30], t.count(","))
u = "-" * 40
print(u)
words = "the quick brown fox jumps over the lazy dog".split()
print(" ".join(w[::-1] for w in words))
print(" ".join(w.capitalize() for w in words))
acc = []
for w in words:
    acc.append(w[0].upper())
print("".join(acc))
