import re

m = re.match(r"(\w+) (\w+)", "Isaac Newton, physicist")
print(m, m.group(0), m.group(1), m.group(2), m.group(1, 2), m.groups(), m.span(), m.span(2), m.start(1), m.end(2))
print(m[0], m[1], m.lastindex, m.lastgroup, m.pos, m.endpos, m.re, m.string, m.regs)
m = re.match(r"(?P<first>\w+) (?P<last>\w+)", "Malcolm Reynolds")
print(m.groupdict(), m.group("first"), m["last"], m.lastgroup, m.lastindex, m.re.groupindex)
print(re.search(r"\d+", "abc 123 def 45"), re.search(r"x", "abc"))
print(re.findall(r"\d+", "a1b22c333"), re.findall(r"(\w)(\d)", "a1b2c3"), re.findall(r"(a)|b", "ab"))
print([m.span() for m in re.finditer(r"\w+", "hello big world")])
print(re.sub(r"\s+", " ", "a   b \t\n c"), re.sub(r"(\w+)@(\w+)", r"\2 at \1", "me@here you@there"))
print(re.sub(r"(?P<n>\d)", r"<\g<n>\g<0>\g<1>>", "a1b2"), re.subn("a", "b", "aaa", count=2))
print(re.sub(r"\d", lambda m: str(int(m.group()) * 2), "a1b2c9"))
print(re.sub("x*", "-", "abxd"), re.sub("", "-", "abc"), re.split("x*", "axbc"), re.split(r"\b", "a b"))
print(re.split(r"[,;]\s*", "a, b;c,  d"), re.split(r"(,)", "a,b,c"), re.split(",", "a,b,c", maxsplit=1))
print(re.split(r"(a)|(b)", "xaybz"), re.findall(r"", "ab"), re.findall(r"a*", "baaa"))
print(re.fullmatch(r"\d+", "123"), re.fullmatch(r"\d+", "123a"), re.fullmatch(r"a|ab", "ab"))
print(re.match(r"a.c", "a\nc"), re.match(r"a.c", "a\nc", re.S), re.match(r"(?s)a.c", "a\nc"))
print(re.findall(r"^\w", "ab\ncd\nef"), re.findall(r"^\w", "ab\ncd\nef", re.M), re.findall(r"\w$", "ab\ncd\n", re.M))
print(re.search(r"b$", "ab\n"), re.search(r"b\Z", "ab\n"), re.search(r"\Aab", "ab"))
print(re.findall(r"(?i)hello", "Hello HELLO hello"), re.findall("[a-c]+", "ABCabc", re.I), re.match(r"(?i:a)b", "Ab"), re.match(r"(?i:a)b", "AB"))
print(re.match(r"(a)\1", "aa"), re.match(r"(?P<x>a)(?P=x)", "aa"), re.match(r"(?i)(a)\1", "aA"))
print(re.search(r"foo(?=bar)", "foobar foobaz"), re.search(r"foo(?!bar)", "foobar foobaz"))
print(re.search(r"(?<=abc)def", "abcdef"), re.search(r"(?<!abc)def", "abcdef xdef"))
print(re.match(r"a*?", "aaa"), re.match(r"a+?", "aaa"), re.match(r"a{2,3}", "aaaa"), re.match(r"a{2,3}?", "aaaa"), re.match(r"a{2}", "aaaa"))
print(re.match(r"(?:ab)+", "ababx"), re.match(r"(a|b)*c", "abbac"), re.match(r"(a*)*b", "aab").groups())
print(re.match(r"(a+)+b", "aaab"), re.match(r"a*+a", "aaa"), re.match(r"(?>a*)a", "aaa"), re.match(r"(?>a|ab)c", "abc"))
print(re.match(r"(a)?(?(1)b|c)", "ab"), re.match(r"(a)?(?(1)b|c)", "c"))
print(re.match(r"x{", "x{"), re.match(r"x{2,", "x{2,"), re.match(r"a{,2}", "aaa"))
print(re.findall(r"[^\W\d]+", "ab12cd_3"), re.findall(r"[\s\S]", "a b"), re.findall(r"[-a]", "-a-"), re.findall(r"[]a]", "]a"))
print(re.findall(r"\bfoo\b", "foo foobar barfoo foo."), re.findall(r"\Bo\B", "foo obo"))
pat = re.compile(r"""
    (?P<num>\d+)   # a number
    \s*            # space
    (?P<unit>[a-z]+)  # unit
""", re.VERBOSE)
print(pat.findall("10 kg, 20cm"), pat.flags, pat.groups, pat.pattern.count("\n"))
print(re.compile("a+"), re.compile("a+", re.I | re.M), re.compile(r"\d", re.A), repr(re.compile("x").pattern))
print(re.escape("a.b*c?d+(e)[f]{g}|h^i$j\\k l-m#n&o~p"), re.escape("héllo_123"))
print(re.compile("abc") == re.compile("abc"), re.compile("abc").match("xabc", 1), re.compile("abc").search("abcabc", 1, 5))
p = re.compile(r"\d")
print(p.match("a1", 1), p.fullmatch("12", 1), p.findall("1a2b3", 1, 4), p.sub("#", "a1b2"), p.split("a1b2c"))
print(re.findall(r"\d", "١٢3"), re.findall(r"\d", "١٢3", re.A), re.findall(r"\w+", "héllo wörld"), re.findall(r"\w+", "héllo", re.ASCII))
print(re.sub(r"(\w+) (\w+)", r"\2\n\1\t\\", "a b"), re.sub("a", r"\.", "a"), re.sub(r"(b)?a", r"[\1]", "a ba"))
print(re.match("(a)(b)?", "a").groups(), re.match("(a)(b)?", "a").groups("z"), re.match("(a)(b)?", "a").span(2))
print(re.match("((a)b)", "ab").lastindex, re.match("(a)(b)", "ab").lastindex, re.match("(a)|b", "b").lastindex)
print(re.search("[0-9a-fA-F]+", "xyz 0x1F"), re.findall("[\u00e0-\u00ff]", "aàbÿc"), re.findall(r"\x41\u0042\n?", "AB\n"))
print(re.match(r"\(\)\[\]\.", "()[]."), re.match("\\\\", "\\"), re.findall(r"[.*+]", "a.b*c+"))
print(re.findall(r"(?m)^(\w+):\s*(.*)$", "name: Ann\nage: 30\n"))
print(re.match(r"(?x) a b # comment", "ab"), re.match(r"(?x)[ ]a", " a"), re.match(r"(?x)a\ b", "a b"))
print(re.sub(r"(?<=\d)(?=(\d{3})+$)", ",", "1234567"), re.findall(r"\w+(?=,)", "a, b, c"))
print(re.match(rb"\d+", b"123abc"), re.findall(rb"[a-z]", b"a1b2"), re.sub(rb"a", b"b", b"aXa"))
print(re.match(r"(?P<a>x)|(?P<b>y)", "y").groupdict(), re.match(r"(?P<a>x)|(?P<b>y)", "y").groupdict("-"))
print(re.search(r"o", "hello world").start(), re.compile(r"o").search("hello world", 5).start())
print(re.match(r"[^a]", "\n"), re.match(r".", "\n"), re.findall(r"[\d.]+", "1.5 and 22"), re.findall(r"a|b|", "abc"))
print(re.match("a" * 30 + "b", "a" * 30 + "b").end(), re.match(r"(\d+)-(\d+)", "10-20").group(2, 1))
print(re.sub(r"(\w)(\w)?", lambda m: m.group(2) or "?", "abc"), re.sub("(?i)B", "x", "abBA"))
print(re.match(r"(a|ab)(c|bcd)(d*)", "abcd").groups(), re.match(r"(a+|b+)*c", "aabbc").groups())
print(re.findall(r"\s+", " a \u00a0b\u2003"), re.split(r"\s*", " a b "), re.match(r"\$\d+\.\d{2}", "$10.99"))

errors = ["*", "a**", "(a", "a)", "[a", "\\q", "[z-a]", "(?<x)", "(?P<1a>x)", "(?P=x)", r"(a)\3",
          "(?P<a>x)(?P<a>y)", "a{3,2}", "(?<=a+)b", "a(?i)b", "(?", "\\", "(?z)", "[\\q]", "(?P<a",
          "(?#abc", "a\n(", "\\x1", "x++*", "(?(a)b)", "+a", "a|*"]
for p in errors:
    try:
        re.compile(p)
        print(repr(p), "compiled")
    except re.error as e:
        print(repr(p), "error:", e, "|", e.msg, e.pos, e.lineno, e.colno)

for f in [lambda: re.sub("a", r"\9", "a"), lambda: re.sub("(a)", r"\g<2>", "a"), lambda: re.sub("a", r"\g<x", "a"),
          lambda: re.sub("(?P<n>a)", r"\g<m>", "a"), lambda: re.sub("a", r"\q", "a"), lambda: re.match("a", 5),
          lambda: re.match("a", b"a"), lambda: re.match(b"a", "a"), lambda: re.match("(a)", "a").group(2),
          lambda: re.match("(a)", "a").group("x"), lambda: re.compile(re.compile("a"), re.I),
          lambda: re.sub("a", lambda m: 5, "a")]:
    try:
        print(f())
    except (re.error, TypeError, IndexError, ValueError) as e:
        print(type(e).__name__, e)
print(isinstance(re.compile("a"), re.Pattern), isinstance(re.match("a", "a"), re.Match), type(re.match("a", "a")).__name__)
print(re.I, re.IGNORECASE | re.MULTILINE == 10, re.error.__name__)
