# append extend insert pop remove index count reverse copy clear.
a = []
a.append(1)
a.append([2, 3])
a.extend([4, 5])
a.extend("ab")
a.extend(range(2))
a.extend((9,))
print(a, len(a))
a.insert(0, "first")
a.insert(3, "mid")
a.insert(-1, "before last")
a.insert(100, "end")
a.insert(-100, "start")
print(a)
print(a.pop(), a.pop(0), a.pop(2), a.pop(-2))
print(a)
a.remove("a")
print(a)
a.remove(0)
print(a)
print(a.index(4), a.index("b"), a.count(4), a.count("zz"))

b = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
print(b.count(5), b.count(1), b.index(5), b.index(5, 5), b.index(1, 2, 4))
b.reverse()
print(b)
c = b.copy()
c.append(0)
print(b, c, b == c)
c.clear()
print(c, b)

# Stack with append/pop.
stack = []
for token in "3 4 + 2 * 7 -".split():
    if token in "+-*":
        right = stack.pop()
        left = stack.pop()
        if token == "+":
            stack.append(left + right)
        elif token == "-":
            stack.append(left - right)
        else:
            stack.append(left * right)
    else:
        stack.append(int(token))
    print(token, stack)

# Queue with pop(0).
queue = ["a", "b", "c"]
while queue:
    item = queue.pop(0)
    print("processing", item, queue)
    if item == "a":
        queue.append("d")

# Remove duplicates, preserving order.
seen = []
for x in [3, 1, 3, 2, 1, 4, 2, 5]:
    if x not in seen:
        seen.append(x)
print(seen)

# Removing while iterating over a copy.
nums = [1, 2, 3, 4, 5, 6, 7, 8]
for x in nums[:]:
    if x % 2 == 0:
        nums.remove(x)
print(nums)

# extend with itself and append itself.
e = [1, 2]
e.extend(e)
print(e)
f = [1]
f.append(f[:])
print(f)
g = [0] * 3
g[1] = g.pop()
print(g)
