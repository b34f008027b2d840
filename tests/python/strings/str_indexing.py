# Indexing strings by code point, including negative indices.
s = "Python"
for i in range(len(s)):
    print(i, s[i], s[-i - 1])
print(s[0], s[-1], s[5], s[-6])

word = "héllo wörld ñ 日本"
print(len(word))
for i in range(len(word)):
    print(i, word[i], ord(word[i]))
print(word[-1], word[-2], word[1], word[7])

# Iterating over characters.
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)

vowels = 0
for ch in "The quick brown fox jumps over the lazy dog":
    if ch in "aeiouAEIOU":
        vowels += 1
print(vowels)

# Membership and substring tests.
print("th" in "python", "on" in "python", "" in "abc", "x" not in "abc")
print("日本" in word, "wö" in word, "ñ " in word, "héllo" in word)

# Concatenation, repetition and comparison.
a = "abc"
b = "xyz"
print(a + b, a * 3, 3 * b, a * 0, a * -2, "" * 5)
print(a < b, a == "abc", a != "ABC", "a" < "B", "é" > "z", "日" > "é")
print("-" * 20)
print("ab" + "cd" * 2 + "ef")

# Strings are immutable: building a new one instead.
t = "hello"
t = t[0].upper() + t[1:]
print(t)
u = ""
for ch in "stressed":
    u = ch + u
print(u)

# Finding positions manually.
text = "banana"
positions = []
for i in range(len(text)):
    if text[i] == "a":
        positions.append(i)
print(positions)

# A string of each character in order.
letters = ""
for code in range(ord("a"), ord("z") + 1):
    letters += chr(code)
print(letters, len(letters), letters[-3], letters[12])
print(str(123)[1], str(-4.5)[0], str(True)[1:], str(None)[-2])
