# counting and grouping idioms with get, setdefault and in
text = "the cat sat on a mat and the hat sat on the bat"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
groups = {}
for w in text.split():
    groups.setdefault(len(w), []).append(w)
print(groups)
first_pos = {}
for i, w in enumerate(text.split()):
    if w not in first_pos:
        first_pos[w] = i
print(first_pos)
inv = {}
for k, v in counts.items():
    inv.setdefault(v, []).append(k)
print({k: sorted(v) for k, v in sorted(inv.items())})
