# sieve of Eratosthenes with a bytearray and a list
def sieve(n):
    flags = bytearray([1]) * (n + 1)
    flags[0] = flags[1] = 0
    i = 2
    while i * i <= n:
        if flags[i]:
            flags[i * i::i] = bytes(len(range(i * i, n + 1, i)))
        i += 1
    return [i for i in range(n + 1) if flags[i]]
p = sieve(2000)
print(len(p), p[:15], p[-3:], sum(p))
def sieve_list(n):
    is_p = [True] * (n + 1)
    is_p[0] = is_p[1] = False
    for i in range(2, n + 1):
        if is_p[i]:
            for j in range(i * i, n + 1, i):
                is_p[j] = False
    return [i for i, v in enumerate(is_p) if v]
print(sieve_list(2000) == p)
