# Slicing lists, slice assignment and slice deletion.
base = list(range(10))
print(base[2:5], base[:3], base[7:], base[::2], base[::-1], base[-3:], base[8:2:-2])
print(base[100:], base[-100:2], base[5:5], base[::-3], base[1:-1:3])

a = list(range(10))
a[2:5] = ["a", "b", "c"]
print(a)
a[2:5] = []
print(a)
a[1:1] = [100, 200, 300]
print(a)
a[:2] = [-1]
print(a)
a[len(a):] = [97, 98, 99]
print(a)
a[:] = [1, 2, 3]
print(a)
a[0:1] = "xyz"
print(a)
a[-1:] = [[9, 9]]
print(a)

b = list(range(10))
b[::2] = [0, 0, 0, 0, 0]
print(b)
b[1::2] = ["o"] * 5
print(b)
b[::-1] = list(range(10))
print(b)
try:
    b[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)

c = list(range(12))
del c[0]
print(c)
del c[-1]
print(c)
del c[2:5]
print(c)
del c[::2]
print(c)
del c[:]
print(c, len(c))

d = list(range(10))
del d[1:8:3]
print(d)
del d[::-2]
print(d)

# Slices are copies.
orig = [[1], [2], [3]]
copy = orig[:]
copy.append([4])
copy[0].append(99)
print(orig, copy, orig is copy, orig[0] is copy[0])

# Rotations and reversal with slices.
items = [1, 2, 3, 4, 5, 6, 7]
for k in range(0, 8, 3):
    print(k, items[k:] + items[:k], items[-k:] + items[:-k])
print(items[::-1] == list(reversed(items)))

# Removing every third element.
seq = list(range(1, 21))
del seq[2::3]
print(seq)

# Insert a block in the middle.
text = list("helloworld")
text[5:5] = list(", ")
print("".join(text))
