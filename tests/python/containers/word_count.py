# Word counting and text statistics with dicts and lists.
text = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair."""

words = []
for raw in text.split():
    word = raw.strip(".,;:!?").lower()
    if word:
        words.append(word)
print(len(words), words[:12])

counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(counts)

top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for word, n in top[:8]:
    print(word.ljust(12), str(n).rjust(3), "*" * n)

# Words by length.
by_len = {}
for w in counts:
    by_len.setdefault(len(w), []).append(w)
for length in sorted(by_len):
    print(length, sorted(by_len[length]))

# Letter frequencies.
letters = {}
for ch in text.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
print(sorted(letters.items(), key=lambda kv: kv[1], reverse=True)[:5])
print(sum(letters.values()), len(letters))

# Line statistics.
for number, line in enumerate(text.splitlines(), start=1):
    print(number, len(line), len(line.split()), line.count("was"))

# Bigrams.
bigrams = {}
for i in range(len(words) - 1):
    pair = (words[i], words[i + 1])
    bigrams[pair] = bigrams.get(pair, 0) + 1
common = [(pair, n) for pair, n in bigrams.items() if n > 2]
print(common)

# Unique words in first-seen order, and the longest.
unique = list(counts)
print(unique)
print(max(unique, key=len), min(unique, key=len), sorted(unique, key=len)[-3:])
vowel_heavy = {w: len([c for c in w if c in "aeiou"]) for w in unique}
print(max(vowel_heavy, key=vowel_heavy.get), vowel_heavy)
