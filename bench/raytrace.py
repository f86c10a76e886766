# A tiny ray tracer: spheres, a plane, one light and diffuse shading with
# shadows, rendered to a small grid of integer grey levels. Float maths,
# small vector objects with operator methods, and method calls; every
# vector operation allocates a new object.

import math

class Vec:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)
    def scale(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)
    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z
    def norm(self):
        return self.scale(1.0 / math.sqrt(self.dot(self)))

class Sphere:
    def __init__(self, c, r, shade):
        self.c = c
        self.r2 = r * r
        self.shade = shade
    def hit(self, orig, d):
        oc = orig - self.c
        b = oc.dot(d)
        disc = b * b - oc.dot(oc) + self.r2
        if disc < 0.0:
            return -1.0
        s = math.sqrt(disc)
        t = -b - s
        if t > 1e-4:
            return t
        t = -b + s
        return t if t > 1e-4 else -1.0
    def normal(self, p):
        return (p - self.c).norm()

class Plane:
    def __init__(self, y, shade):
        self.y = y
        self.shade = shade
    def hit(self, orig, d):
        if abs(d.y) < 1e-9:
            return -1.0
        t = (self.y - orig.y) / d.y
        return t if t > 1e-4 else -1.0
    def normal(self, p):
        return Vec(0.0, 1.0, 0.0)

def nearest(objs, orig, d):
    best = None
    bt = 1e30
    for o in objs:
        t = o.hit(orig, d)
        if 0.0 < t < bt:
            bt = t
            best = o
    return best, bt

def trace(objs, light, orig, d):
    o, t = nearest(objs, orig, d)
    if o is None:
        return 0
    p = orig + d.scale(t)
    n = o.normal(p)
    to_l = (light - p).norm()
    lam = n.dot(to_l)
    if lam <= 0.0:
        return 1
    s, st = nearest(objs, p, to_l)
    if s is not None:
        return 2
    return 2 + int(lam * o.shade)

def render():
    objs = [Sphere(Vec(0.0, 0.0, 5.0), 1.0, 7.0), Sphere(Vec(1.6, -0.4, 4.0), 0.6, 6.0),
            Sphere(Vec(-1.5, 0.3, 6.0), 0.9, 5.0), Plane(-1.0, 3.0)]
    light = Vec(-3.0, 4.0, 0.0)
    eye = Vec(0.0, 0.0, 0.0)
    w, h = 40, 24
    total = 0
    rows = []
    for j in range(h):
        line = []
        for i in range(w):
            d = Vec((i - w / 2) / w * 1.6, (h / 2 - j) / h * 1.0, 1.0).norm()
            v = trace(objs, light, eye, d)
            total += v * (i + 1)
            line.append(" .:-=+*#%@"[v])
        rows.append("".join(line))
    return rows, total

REPEAT = 15

def main():
    check = 0
    for rnd in range(REPEAT):
        rows, total = render()
        check = (check * 31 + total) % 1000003
    for r in rows[6::3]:
        print(r)
    print("checksum", check)

main()
