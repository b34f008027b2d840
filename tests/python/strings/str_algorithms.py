# String algorithms: Caesar cipher, run-length encoding, anagrams, word reversal.
def caesar(text, shift):
    out = ""
    for ch in text:
        if "a" <= ch <= "z":
            out += chr((ord(ch) - ord("a") + shift) % 26 + ord("a"))
        elif "A" <= ch <= "Z":
            out += chr((ord(ch) - ord("A") + shift) % 26 + ord("A"))
        else:
            out += ch
    return out

msg = "Hello, World! The quick brown fox."
for k in [1, 3, 13, 25, -3, 52]:
    enc = caesar(msg, k)
    print(k, enc, caesar(enc, -k) == msg)

def rle_encode(s):
    if not s:
        return ""
    out = ""
    prev = s[0]
    count = 1
    for ch in s[1:]:
        if ch == prev:
            count += 1
        else:
            out += str(count) + prev
            prev = ch
            count = 1
    out += str(count) + prev
    return out

def rle_decode(s):
    out = ""
    num = ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out += ch * int(num)
            num = ""
    return out

for s in ["aaabbbcccd", "abc", "", "zzzzzzzzzzzz", "aabbaa", "ñññ日日"]:
    enc = rle_encode(s)
    print(repr(s), repr(enc), rle_decode(enc) == s)

def is_anagram(a, b):
    return sorted(a.replace(" ", "").lower()) == sorted(b.replace(" ", "").lower())

for a, b in [("listen", "silent"), ("Dormitory", "dirty room"), ("abc", "abd"), ("", "")]:
    print(a, b, is_anagram(a, b))

# Group words by their sorted letters.
words = ["eat", "tea", "tan", "ate", "nat", "bat"]
groups = {}
for w in words:
    key = "".join(sorted(w))
    if key not in groups:
        groups[key] = []
    groups[key].append(w)
print(groups)
print(list(groups.values()))

sentence = "the quick brown fox jumps over the lazy dog"
print(" ".join(reversed(sentence.split())))
print(" ".join([w[::-1] for w in sentence.split()]))
print(" ".join([w.capitalize() for w in sentence.split()]))

# Longest common prefix.
def common_prefix(items):
    if not items:
        return ""
    prefix = items[0]
    for item in items[1:]:
        while not item.startswith(prefix):
            prefix = prefix[:-1]
    return prefix

print(repr(common_prefix(["flower", "flow", "flight"])), repr(common_prefix(["dog", "car"])))
print(repr(common_prefix(["interview", "internet", "interval"])), repr(common_prefix([])))

# Vowel removal and character frequency.
def remove_vowels(s):
    return "".join([c for c in s if c.lower() not in "aeiou"])

print(remove_vowels("Programming In Python"))
freq = {}
for ch in "hello world":
    if ch != " ":
        freq[ch] = freq.get(ch, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0])))

# Simple word wrap.
def wrap(text, width):
    lines = []
    line = ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        elif line:
            line += " " + word
        else:
            line = word
    if line:
        lines.append(line)
    return lines

for line in wrap("The isola sandbox runs Python programs in isolated interpreters with strict limits", 20):
    print("|" + line.ljust(20) + "|")
