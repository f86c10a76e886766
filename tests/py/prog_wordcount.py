# word frequencies with a dict, sorted by count then word
text = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness"""
counts = {}
for raw in text.split():
    w = raw.strip(",.").lower()
    counts[w] = counts.get(w, 0) + 1
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for w, c in ranked[:8]:
    print("%-12s %2d %s" % (w, c, "*" * c))
print(len(counts), sum(counts.values()))
letters = {}
for ch in text.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
print("".join(k for k, v in sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))[:10]))
