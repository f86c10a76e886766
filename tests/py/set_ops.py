# set algebra: union, intersection, difference, symmetric difference, subsets
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a.union(b, [9])), sorted(a.intersection([4, 1, 7])), sorted(a.difference([1])), sorted(a.symmetric_difference(b)))
print({1, 2} <= a, {1, 2} < a, a <= a, a < a, a >= {1}, a > a, {9} <= a)
print({1}.issubset(a), a.issuperset([1, 2]), a.isdisjoint({7, 8}), a.isdisjoint(b))
print({1, 2} == {2, 1}, {1} != {1, 2}, set() == set())
c = set(a)
c |= {10}
c &= {1, 2, 10, 11}
c -= {2}
print(sorted(c))
c ^= {1, 99}
print(sorted(c))
c.intersection_update({10, 5})
print(sorted(c))
c.difference_update({10})
print(c == set(), len(c))
