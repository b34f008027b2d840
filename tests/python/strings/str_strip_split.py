# strip, split, rsplit, join and replace.
raw = "   hello world   "
print(repr(raw.strip()), repr(raw.lstrip()), repr(raw.rstrip()))
print(repr("xxhixx".strip("x")), repr("abcHIcba".strip("abc")), repr("..a..".lstrip(".")))
print(repr("\t\n text \r\n".strip()), repr("".strip()), repr("   ".strip()))
print(repr("www.example.com".strip("cmowz.")), repr("0012300".rstrip("0")))

print("a b  c   d".split())
print("  leading and trailing  ".split())
print("a,b,,c,".split(","))
print("a, b, c".split(", "))
print("one two three four".split(" ", 2))
print("one two three four".split(maxsplit=1))
print("one two three four".rsplit(" ", 2))
print("one two three four".rsplit(maxsplit=1))
print("a,b,c,d".rsplit(",", 1), "a,b,c,d".split(",", 0), "a,b,c,d".rsplit(",", -1))
print("".split(), "".split(","), "abc".split("abc"), "aaa".split("a"))
print("line1\nline2\tcol\x0bx\x0cy\r\nz".split())
print("1<>2<>3<>".split("<>"), "no separators here".split(","))

print("-".join(["a", "b", "c"]), ", ".join(["x"]), "".join([]), "".join(["ab", "cd"]))
print(" ".join("spread"), "->".join(("1", "2", "3")))
print("+".join([str(n) for n in range(5)]))

print("hello world".replace("o", "0"), "aaaa".replace("a", "b", 2), "abc".replace("", "-"))
print("banana".replace("an", "AN"), "banana".replace("x", "y"), "aaa".replace("aa", "b"))
print("one one one".replace("one", "two", 0), "abc".replace("b", ""))

# Parsing key=value config lines.
config = """
name = isola
version=0.1
 # comment line
empty =
path = /usr/local/bin = twice
"""
settings = {}
for line in config.split("\n"):
    line = line.strip()
    if not line or line.startswith("#"):
        continue
    key, value = line.split("=", 1)
    settings[key.strip()] = value.strip()
print(settings)

# CSV-like parsing.
rows = "id,name,score\n1,ann,90\n2,bob,85\n3,cy,77"
lines = rows.split("\n")
header = lines[0].split(",")
records = []
for line in lines[1:]:
    fields = line.split(",")
    record = {}
    for i in range(len(header)):
        record[header[i]] = fields[i]
    records.append(record)
print(records)
print(sum([int(r["score"]) for r in records]))

# Normalising whitespace.
messy = "  too    many\t\tspaces \n here  "
print(repr(" ".join(messy.split())))
