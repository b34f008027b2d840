# An uncaught IndexError from an off-by-one loop inside a function.
def pairwise_sums(items):
    sums = []
    for i in range(len(items)):
        sums.append(items[i] + items[i + 1])
        print("partial", sums)
    return sums


print(pairwise_sums([1, 2, 3, 4]))
