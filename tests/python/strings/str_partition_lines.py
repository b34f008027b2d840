# partition, rpartition, splitlines, removeprefix, removesuffix.
for s in ["key=value", "key=val=ue", "novalue", "=start", "end=", ""]:
    print(repr(s), s.partition("="), s.rpartition("="))
print("a::b::c".partition("::"), "a::b::c".rpartition("::"))

text = "first line\nsecond line\r\nthird\rfourth\n\nsixth"
print(text.splitlines())
print(text.splitlines(True))
print("".splitlines(), "\n".splitlines(), "no newline".splitlines(), "end\n".splitlines())
print("a\n\nb\n".splitlines(), "x\x0by\x0cz\x1cw\u2028v".splitlines())

for s in ["prefix_name", "name", "prefix_", "pre"]:
    print(repr(s.removeprefix("prefix_")), repr(s.removesuffix("_name")), repr(s.removesuffix("")))
print("test_file.py".removeprefix("test_").removesuffix(".py"))

# Parsing a header block.
message = "From: alice@example.com\nTo: bob@example.com\nSubject: Hi: there\n\nBody text\nmore body"
headers = {}
body_lines = []
in_body = False
for line in message.splitlines():
    if in_body:
        body_lines.append(line)
    elif line == "":
        in_body = True
    else:
        name, sep, value = line.partition(": ")
        headers[name] = value
print(headers)
print(body_lines)
user, at, domain = headers["From"].partition("@")
print(user, at, domain)
host, dot, tld = domain.rpartition(".")
print(host, dot, tld)

# Path manipulation with rpartition.
for path in ["/usr/local/bin/python", "relative/file.txt", "file", "/root"]:
    head, sep, tail = path.rpartition("/")
    stem, dot, ext = tail.rpartition(".")
    print(repr(head), repr(tail), repr(stem), repr(ext))

# Line numbering.
poem = "Roses are red\nViolets are blue\n\nSugar is sweet"
n = 0
for line in poem.splitlines():
    n += 1
    print(str(n).rjust(3), "|", line)
