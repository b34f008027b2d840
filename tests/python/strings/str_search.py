# find, rfind, index, count, startswith, endswith.
s = "the cat sat on the mat with the hat"
print(s.find("the"), s.find("the", 1), s.find("the", 20), s.find("dog"), s.find(""))
print(s.rfind("the"), s.rfind("the", 0, 20), s.rfind("at"), s.rfind("zzz"), s.rfind(""))
print(s.index("cat"), s.index("at", 6), s.count("at"), s.count("the"), s.count(""), s.count("t", 10, 20))
print(s.find("at", 5, 8), s.find("at", -5), s.count("a", -10), s.find("t", -100))
print("aaaa".count("aa"), "ababab".count("aba"), "".count("a"), "".count(""))
print(s.startswith("the"), s.startswith("cat"), s.startswith("cat", 4), s.startswith(("dog", "the")))
print(s.endswith("hat"), s.endswith("cat"), s.endswith("cat", 0, 7), s.endswith(("mat", "hat")))
print("".startswith(""), "abc".startswith(""), "abc".endswith(("x", "y")), "abc".startswith(("a",)))
try:
    s.index("dog")
except ValueError as e:
    print("ValueError:", e)

# Find every occurrence.
def find_all(text, sub):
    found = []
    i = text.find(sub)
    while i != -1:
        found.append(i)
        i = text.find(sub, i + 1)
    return found

print(find_all(s, "at"), find_all("aaaa", "aa"), find_all("abc", "d"))

# Extract text between markers.
html = "<b>bold</b> and <i>italic</i> and <b>again</b>"
pos = 0
tags = []
while True:
    start = html.find("<", pos)
    if start == -1:
        break
    end = html.find(">", start)
    tags.append(html[start + 1:end])
    pos = end + 1
print(tags)

# File extension checks.
files = ["a.py", "b.txt", "c.PY", "notes.md", "archive.tar.gz", "README"]
for f in files:
    dot = f.rfind(".")
    ext = f[dot + 1:] if dot != -1 else ""
    print(f, ext, f.endswith((".py", ".md")), f.lower().endswith(".py"))

print("héllo wörld".find("ö"), "日本日本".rfind("日"), "日本日本".count("本"))

# Binary search over a sorted word list.
words = sorted(["pear", "apple", "fig", "kiwi", "banana", "cherry", "date", "grape"])
print(words)
def bsearch(items, target):
    lo = 0
    hi = len(items) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if items[mid] == target:
            return mid
        if items[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1

for w in ["apple", "grape", "pear", "zebra", "aardvark", "date"]:
    print(w, bsearch(words, w))
