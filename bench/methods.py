# Method calls and attribute access: a small particle simulation in integer
# fixed point, with instance attributes, methods, class attributes and a
# subclass that extends a method through super().

REPEAT = 14

class Particle:
    bounds = 10000

    def __init__(self, x, y, vx, vy):
        self.x = x
        self.y = y
        self.vx = vx
        self.vy = vy
        self.hits = 0

    def move(self):
        self.x += self.vx
        self.y += self.vy
        if self.x < 0 or self.x > self.bounds:
            self.vx = -self.vx
            self.hits += 1
        if self.y < 0 or self.y > self.bounds:
            self.vy = -self.vy
            self.hits += 1

    def energy(self):
        return self.vx * self.vx + self.vy * self.vy

class Heavy(Particle):
    def move(self):
        super().move()
        self.vy += 1

def work(rnd):
    ps = []
    for i in range(40):
        cls = Heavy if i % 4 == 0 else Particle
        ps.append(cls(i * 250, (i * 37 + rnd) % 10000, (i % 7) * 13 - 40, (i % 5) * 17 - 35))
    for step in range(400):
        for p in ps:
            p.move()
    hits = 0
    energy = 0
    pos = 0
    for p in ps:
        hits += p.hits
        energy += p.energy()
        pos += p.x + p.y
    return hits, energy, pos

def main():
    check = 0
    for rnd in range(REPEAT):
        hits, energy, pos = work(rnd)
        check = (check * 31 + hits * 7919 + energy + pos) % 1000003
    print("hits", hits, "energy", energy, "pos", pos)
    print("checksum", check)

main()
