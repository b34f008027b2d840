# Nested loops: break in the inner loop, flags, and loop-else.
for i in range(1, 4):
    for j in range(1, 4):
        if j > i:
            break
        print(i, j, i * j)
    print("end of row", i)

# Find the first pair summing to a target.
nums = [8, 3, 11, 7, 2, 5]
target = 9
found = None
for i in range(len(nums)):
    for j in range(i + 1, len(nums)):
        if nums[i] + nums[j] == target:
            found = (i, j)
            break
    if found:
        break
print(found, nums[found[0]], nums[found[1]])

# Breaking out of two loops with for/else.
grid = [[1, 2, 3], [4, 99, 6], [7, 8, 9]]
for r, row in enumerate(grid):
    for c, v in enumerate(row):
        if v == 99:
            print("found 99 at", r, c)
            break
    else:
        print("row", r, "clean")
        continue
    break
print("done searching")

# Continue in the inner loop only.
for i in range(3):
    line = []
    for j in range(6):
        if (i + j) % 2:
            continue
        line.append(j)
    print(i, line)

# Triple loop with counters.
count = 0
combos = []
for a in range(3):
    for b in range(3):
        for c in range(3):
            count += 1
            if a + b + c == 4 and a <= b <= c:
                combos.append((a, b, c))
print(count, combos)

# Multiplication table and diagonal sums.
size = 6
table = []
for i in range(1, size + 1):
    row = []
    for j in range(1, size + 1):
        row.append(i * j)
    table.append(row)
for row in table:
    print("".join([str(v).rjust(4) for v in row]))
main = 0
anti = 0
for i in range(size):
    main += table[i][i]
    anti += table[i][size - 1 - i]
print(main, anti)

# Bubble sort with an early exit flag.
data = [5, 1, 4, 2, 8, 0, 2]
passes = 0
while True:
    swapped = False
    passes += 1
    for k in range(len(data) - 1):
        if data[k] > data[k + 1]:
            data[k], data[k + 1] = data[k + 1], data[k]
            swapped = True
    if not swapped:
        break
print(data, passes)

# Drawing shapes.
for i in range(5):
    print(" " * (4 - i) + "*" * (2 * i + 1))
for i in range(4):
    line = ""
    for j in range(8):
        line += "#" if (i + j) % 2 == 0 else "."
    print(line)

# Game of life blinker, two generations.
cells = [[0, 0, 0, 0, 0], [0, 0, 1, 0, 0], [0, 0, 1, 0, 0], [0, 0, 1, 0, 0], [0, 0, 0, 0, 0]]
for gen in range(3):
    for row in cells:
        print("".join(["#" if c else "." for c in row]))
    print()
    nxt = [[0] * 5 for _ in range(5)]
    for r in range(5):
        for c in range(5):
            n = 0
            for dr in (-1, 0, 1):
                for dc in (-1, 0, 1):
                    if dr == 0 and dc == 0:
                        continue
                    rr = r + dr
                    cc = c + dc
                    if 0 <= rr < 5 and 0 <= cc < 5:
                        n += cells[rr][cc]
            if cells[r][c] and n in (2, 3):
                nxt[r][c] = 1
            elif not cells[r][c] and n == 3:
                nxt[r][c] = 1
    cells = nxt
