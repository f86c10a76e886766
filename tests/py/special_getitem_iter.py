# the sequence protocol: iteration via __getitem__ until IndexError
class SeqOnly:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(SeqOnly()), 20 in SeqOnly(), 25 in SeqOnly())
for v in SeqOnly():
    print(v)
a, b, c = SeqOnly()
print(a + b + c)
