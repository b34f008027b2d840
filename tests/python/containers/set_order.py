# Sets print and iterate in CPython's hash-table order, not insertion order.
print({3, 1, 2, 100, -1, 33})
print(set(range(20, 0, -3)), {0.5, 1.5, -0.5, 2.25})
print({x * 37 % 101 for x in range(40)})
print(set([-31, -4, 88, -43, 23, 900169, 19, 24, 1083216344543, 897319348103, -26715428320]))
print({(1, 2), (0, 1), (5,)}, {True, 2, 0})
s = set()
for v in [64, 8, 16, 0, 72, 128, 9, 1]:
    s.add(v)
print(s, list(s), [v for v in s][:3])
a, b = {5, 3, 1, 7}, {7, 9, 3, 11}
print(a | b, a & b, a - b)
out = []
t = {30, 10, 20}
while t:
    out.append(t.pop())
print(out)
print(frozenset([9, 8, 7, 300]), sorted({300, 2, 1}), ", ".join(str(v) for v in {12, 4, 40}))
