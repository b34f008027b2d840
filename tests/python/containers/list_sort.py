# sort and sorted with key= and reverse=, and stability.
nums = [5, 2, 9, 1, 5, 6, -3, 0, 12, -7]
s = sorted(nums)
print(s, nums)
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
print(sorted(nums, key=abs), sorted(nums, key=abs, reverse=True))
print(sorted([3.5, 1, 2.25, -1, 0.0]), sorted("hello"), sorted(("b", "a", "c")))
print(sorted([]), sorted([1]), sorted({"b": 1, "a": 2}))

words = ["banana", "Apple", "cherry", "date", "fig", "apple", "Elderberry", "kiwi"]
print(sorted(words))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: w.lower()))
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, key=len, reverse=True))
words.sort(key=lambda w: w[-1])
print(words)

# Stability: equal keys keep their original order, also with reverse=True.
people = [("ann", 30), ("bob", 25), ("cy", 30), ("dee", 25), ("eve", 35), ("fay", 30)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
by_name = sorted(people)
print(sorted(by_name, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))

# Sorting lists of lists and tuples.
pairs = [[2, "b"], [1, "z"], [2, "a"], [1, "a"]]
pairs.sort()
print(pairs)
print(sorted([(1, 2, 3), (1, 2), (0, 9), (1,)]))

# Hand-written sorts compared with sorted().
def bubble_sort(items):
    items = items[:]
    n = len(items)
    for i in range(n):
        swapped = False
        for j in range(n - 1 - i):
            if items[j] > items[j + 1]:
                items[j], items[j + 1] = items[j + 1], items[j]
                swapped = True
        if not swapped:
            break
    return items

def insertion_sort(items):
    items = items[:]
    for i in range(1, len(items)):
        key = items[i]
        j = i - 1
        while j >= 0 and items[j] > key:
            items[j + 1] = items[j]
            j -= 1
        items[j + 1] = key
    return items

def merge_sort(items):
    if len(items) <= 1:
        return items
    mid = len(items) // 2
    left = merge_sort(items[:mid])
    right = merge_sort(items[mid:])
    out = []
    i = 0
    j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i])
            i += 1
        else:
            out.append(right[j])
            j += 1
    return out + left[i:] + right[j:]

def quick_sort(items):
    if len(items) <= 1:
        return items
    pivot = items[0]
    less = [x for x in items[1:] if x < pivot]
    more = [x for x in items[1:] if x >= pivot]
    return quick_sort(less) + [pivot] + quick_sort(more)

data = [38, 27, 43, 3, 9, 82, 10, -4, 27, 0, 100, 55]
print(bubble_sort(data))
print(insertion_sort(data))
print(merge_sort(data))
print(quick_sort(data))
print(bubble_sort(data) == sorted(data) == merge_sort(data), data)

# Sort by multiple keys: score descending, then name.
scores = {"ann": 88, "bob": 95, "cy": 88, "dee": 70, "ed": 95}
ranking = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
for place, (name, score) in enumerate(ranking, 1):
    print(place, name, score)
