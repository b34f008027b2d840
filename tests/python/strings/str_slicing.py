# Slicing with positive, negative and omitted bounds and steps.
s = "abcdefghij"
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3], s[-5:-2])
print(s[::2], s[1::2], s[::3], s[::-1], s[::-2], s[8:2:-1], s[8:2:-3])
print(s[-1:-6:-1], s[5:5], s[5:2], s[100:], s[-100:3], s[3:100])
print(repr(s[10:]), repr(s[3:1]), repr(s[::-1][::-1]))
print(s[2:9:2], s[9:0:-2], s[:0:-1], s[0::-1], s[-2::-4])

text = "héllo wörld ñ 日本"
print(text[::-1])
print(text[6:11], text[-2:], text[::3], text[1::4])

for start in [None, 0, 3, -3]:
    for stop in [None, 8, -1]:
        for step in [None, 1, 2, -1, -2]:
            print(start, stop, step, repr(s[start:stop:step]))

# Palindromes via slicing.
def is_palindrome(word):
    cleaned = ""
    for ch in word.lower():
        if ch.isalnum():
            cleaned += ch
    return cleaned == cleaned[::-1]

for w in ["racecar", "Racecar", "hello", "A man, a plan, a canal: Panama", "", "ab", "日本日"]:
    print(repr(w), is_palindrome(w))

# Chunking a string.
data = "abcdefghijklmnopqrstuvwxyz"
chunks = []
for i in range(0, len(data), 5):
    chunks.append(data[i:i + 5])
print(chunks)

# Rotations.
word = "rotate"
for k in range(len(word)):
    print(k, word[k:] + word[:k])
