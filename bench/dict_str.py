# Dict and string work: build a text from a small vocabulary, split it,
# count words in a dict, build strings with join and % formatting, search,
# replace and slice them, and fill a dict with computed string keys.

REPEAT = 48

WORDS = ("alpha bravo charlie delta echo foxtrot golf hotel india juliet "
         "kilo lima mike november oscar papa quebec romeo sierra tango").split()

def make_text(n, seed):
    parts = []
    for i in range(n):
        seed = (seed * 75 + 74) % 65537
        parts.append(WORDS[seed % len(WORDS)])
    return " ".join(parts)

def work(rnd):
    total = 0
    keys = 0
    for part in range(6):
        text = make_text(800, rnd * 6 + part + 1)
        counts = {}
        for w in text.split():
            counts[w] = counts.get(w, 0) + 1
        keys += len(counts)
        for w in WORDS:
            total += counts.get(w, 0) * len(w)
        line = ",".join("%s=%d" % (k, v) for k, v in counts.items())
        total += len(line) + line.count("a")
        upper = text[:200].upper().replace("A", "4")
        total += upper.find("4") + len(upper.split())
        total &= 0xFFFFFF
    d = {}
    for i in range(1500):
        d["k" + str(i % 300)] = i
    s = 0
    for k in d:
        s += d[k] + len(k)
    return keys, total, len(d), s

def main():
    check = 0
    for rnd in range(REPEAT):
        keys, total, n, s = work(rnd)
        check = (check * 31 + keys + total * 13 + s) % 1000003
    print("words", keys, "total", total, "dict", n, s)
    print("checksum", check)

main()
