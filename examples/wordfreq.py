# Count words in a text and print the most frequent ones, as a small exercise of dicts and sorting.
text = """
It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of
incredulity, it was the season of Light, it was the season of Darkness
"""

counts = {}
for word in text.lower().replace(",", " ").split():
    counts[word] = counts.get(word, 0) + 1

ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
for word, count in ranked[:6]:
    print(f"{word:>8} {count:2d} {'#' * count}")
print(len(counts), "distinct words,", sum(counts.values()), "in all")
