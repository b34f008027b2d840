# Matrix operations with nested lists.
def zeros(rows, cols):
    return [[0] * cols for _ in range(rows)]

def identity(n):
    m = zeros(n, n)
    for i in range(n):
        m[i][i] = 1
    return m

def matmul(a, b):
    rows = len(a)
    cols = len(b[0])
    inner = len(b)
    out = zeros(rows, cols)
    for i in range(rows):
        for j in range(cols):
            total = 0
            for k in range(inner):
                total += a[i][k] * b[k][j]
            out[i][j] = total
    return out

def transpose(m):
    return [[m[r][c] for r in range(len(m))] for c in range(len(m[0]))]

def show(m):
    for row in m:
        print(" ".join([str(v).rjust(6) for v in row]))
    print()

a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
show(a)
show(b)
show(matmul(a, b))
show(matmul(b, a))
show(transpose(a))
show(identity(4))
print(matmul(a, identity(3)) == a)

# Matrix power for Fibonacci numbers.
def matpow(m, n):
    result = identity(len(m))
    while n > 0:
        if n % 2 == 1:
            result = matmul(result, m)
        m = matmul(m, m)
        n //= 2
    return result

fib = [[1, 1], [1, 0]]
for n in [1, 2, 10, 50, 100, 300]:
    print(n, matpow(fib, n)[0][1])

# Determinant by cofactor expansion.
def det(m):
    if len(m) == 1:
        return m[0][0]
    if len(m) == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    total = 0
    for col in range(len(m)):
        minor = [row[:col] + row[col + 1:] for row in m[1:]]
        sign = 1 if col % 2 == 0 else -1
        total += sign * m[0][col] * det(minor)
    return total

print(det([[2]]), det([[1, 2], [3, 4]]), det([[6, 1, 1], [4, -2, 5], [2, 8, 7]]))
print(det([[1, 0, 2, -1], [3, 0, 0, 5], [2, 1, 4, -3], [1, 0, 5, 0]]))

# Float matrix and rotation.
rot = [[0.0, -1.0], [1.0, 0.0]]
v = [[1.5], [0.5]]
for _ in range(4):
    v = matmul(rot, v)
    print(v)
half = [[0.5, 0.25], [0.125, 1.0 / 3]]
show(matmul(half, half))

# Spiral order traversal.
def spiral(m):
    out = []
    top, bottom, left, right = 0, len(m) - 1, 0, len(m[0]) - 1
    while top <= bottom and left <= right:
        for c in range(left, right + 1):
            out.append(m[top][c])
        top += 1
        for r in range(top, bottom + 1):
            out.append(m[r][right])
        right -= 1
        if top <= bottom:
            for c in range(right, left - 1, -1):
                out.append(m[bottom][c])
            bottom -= 1
        if left <= right:
            for r in range(bottom, top - 1, -1):
                out.append(m[r][left])
            left += 1
    return out

grid = [[r * 4 + c for c in range(4)] for r in range(4)]
print(spiral(grid))
print(spiral([[1, 2, 3]]), spiral([[1], [2], [3]]))
