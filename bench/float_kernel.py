# Float kernel: a Mandelbrot escape-time grid (only + - * / and compares,
# so results are bit-identical on any IEEE-754 double implementation) and
# a three-point relaxation over a list of floats.

REPEAT = 18

def mandel(w, h, iters):
    total = 0
    for py in range(h):
        ci = -1.2 + 2.4 * py / h
        for px in range(w):
            cr = -2.0 + 3.0 * px / w
            zr = zi = 0.0
            n = 0
            while n < iters:
                zr2 = zr * zr
                zi2 = zi * zi
                if zr2 + zi2 > 4.0:
                    break
                zi = 2.0 * zr * zi + ci
                zr = zr2 - zi2 + cr
                n += 1
            total += n
    return total

def relax(n, rounds):
    a = [i * 0.5 for i in range(n)]
    for r in range(rounds):
        b = [a[0]]
        for i in range(1, n - 1):
            b.append((a[i - 1] + a[i] + a[i + 1]) / 3.0)
        b.append(a[-1])
        a = b
    return sum(x * x for x in a)

def main():
    check = 0
    for rnd in range(REPEAT):
        m = mandel(48, 32, 60 + rnd)
        r = relax(100, 60)
        check = (check * 31 + m) % 1000003
    print("mandel", m, "relax", "%.6f" % r)
    print("checksum", (check + int(r)) % 1000003)

main()
