# Conway's game of life on a small torus, using sets of live cells
W, H = 10, 8
live = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
def step(cells):
    counts = {}
    for x, y in cells:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    k = ((x + dx) % W, (y + dy) % H)
                    counts[k] = counts.get(k, 0) + 1
    return {k for k, n in counts.items() if n == 3 or (n == 2 and k in cells)}
def show(cells):
    for y in range(H):
        print("".join("#" if (x, y) in cells else "." for x in range(W)))
for gen in range(4):
    live = step(live)
show(live)
print(sorted(live))
for gen in range(36):
    live = step(live)
print(len(live), sorted(live))
