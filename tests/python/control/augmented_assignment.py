# Every augmented assignment operator, on ints, floats, strings, lists and subscripts.
x = 10
x += 5
print(x)
x -= 3
print(x)
x *= 4
print(x)
x //= 5
print(x)
x %= 4
print(x)
x **= 10
print(x)
x /= 8
print(x)
x = 0b1100
x &= 0b1010
print(x)
x |= 0b0101
print(x)
x ^= 0b1111
print(x)
x <<= 10
print(x)
x >>= 3
print(x)

f = 2.5
f += 1
f *= 3
f -= 0.5
f /= 2
f //= 1
f **= 2
f %= 7
print(f)

n = -7
n //= 2
print(n)
n = -7
n %= 3
print(n)
n = 2
n **= -2
print(n)
big = 1
for _ in range(10):
    big *= 1000003
print(big)
big >>= 100
print(big)

s = "ab"
s += "cd"
s *= 3
print(s)
lst = [1]
lst += [2, 3]
lst *= 2
print(lst)
t = (1,)
t += (2,)
t *= 2
print(t)

# Augmented assignment to subscripts and nested subscripts.
counts = {"a": 1}
counts["a"] += 10
counts["a"] *= 2
counts["b"] = 0
counts["b"] -= 1
print(counts)
grid = [[1, 2], [3, 4]]
grid[0][1] += 40
grid[1][0] **= 3
grid[-1][-1] //= 3
print(grid)
nested = {"k": [0, 0]}
nested["k"][1] += 7
print(nested)

# The subscript expression is evaluated once.
calls = []
def idx(i):
    calls.append(i)
    return i
arr = [0, 0, 0]
arr[idx(1)] += 5
print(arr, calls)

# Accumulators.
total = 0
product = 1
text = ""
for i in range(1, 8):
    total += i
    product *= i
    text += str(i)
print(total, product, text)

mask = 0
for bit in [0, 3, 5, 63, 64]:
    mask |= 1 << bit
print(mask)
mask &= ~(1 << 63)
print(mask)
mask ^= 1
print(mask)
