# List sorting and comprehensions: generate pseudo-random data, sort it with
# and without keys, in place and into new lists; filter and transform with
# list comprehensions and generator expressions.

REPEAT = 13

def lcg_list(n, seed):
    out = []
    for i in range(n):
        seed = (seed * 75 + 74) % 65537
        out.append(seed)
    return out

def work(rnd):
    check = 0
    for part in range(18):
        data = lcg_list(400, rnd * 18 + part + 1)
        s = sorted(data)
        check += s[0] + s[-1] + s[200]
        r = sorted(data, reverse=True)
        check += r[10]
        byk = sorted(data, key=lambda v: (v % 100, v))
        check += byk[0] + byk[-1]
        evens = [v // 2 for v in data if v % 2 == 0]
        check += len(evens) + sum(evens[:50])
        pairs = [(v % 10, v) for v in data[:200]]
        pairs.sort()
        check += pairs[0][1] + pairs[-1][1]
        grid = [[x * y for y in range(20)] for x in range(20)]
        check += sum(row[7] for row in grid)
        data.sort()
        check += data[123]
        check %= 1000003
    return check

def main():
    check = 0
    for rnd in range(REPEAT):
        check = (check * 31 + work(rnd)) % 1000003
    print("checksum", check)

main()
