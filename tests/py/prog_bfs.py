# breadth-first search on a grid maze, path reconstruction
maze = [
    "S.#.......",
    ".##.####..",
    "....#...#.",
    "#.#.#.#.#.",
    "..#...#..E",
]
rows, cols = len(maze), len(maze[0])
start = goal = None
for r in range(rows):
    for c in range(cols):
        if maze[r][c] == "S":
            start = (r, c)
        elif maze[r][c] == "E":
            goal = (r, c)
prev = {start: None}
queue = [start]
head = 0
while head < len(queue):
    cur = queue[head]
    head += 1
    if cur == goal:
        break
    r, c = cur
    for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < rows and 0 <= nc < cols and maze[nr][nc] != "#" and (nr, nc) not in prev:
            prev[(nr, nc)] = cur
            queue.append((nr, nc))
path = []
node = goal
while node:
    path.append(node)
    node = prev[node]
path.reverse()
print(len(path) - 1, path[:4], path[-2:])
grid = [list(row) for row in maze]
for r, c in path[1:-1]:
    grid[r][c] = "*"
for row in grid:
    print("".join(row))
