import re
patterns = [r"a|b", r"(a|b)*", r"(a*)(b*)", r"a*?b", r"(?:ab|a)(c|bcd)", r"\w+@\w+\.com", r"^$", r"^", r"$", r"\b", r"\B",
            r"(\d+)\.(\d+)?", r"[^aeiou\s]+", r"(?i)[A-Z]+", r"(.)\1", r"(?P<q>['\"]).*?(?P=q)", r"(?<=-)\w+", r"(?<!\d)\d{2}(?!\d)",
            r"x*", r"(a|)+", r"(a?)+?b", r"((a)|(b))+", r"(?:(a)|b)+", r"a{0}", r"a{1,}?", r"(ab){2,3}", r".*", r".+?$",
            r"(?m)^\s*#.*$", r"(?s).+", r"[\d-]+", r"[a\-z]", r"[\]]+", r"\s*,\s*", r"(\w)(?=\w)", r"(?=(\w\w))",
            r"(a)(?(1)b|c)", r"(?:x(y)?)+", r"(?>a+)b", r"a++b", r"[^\n]*\n?", r"\d+(?:px|em)", r"(?i)straße", r"é+",
            r"\W+", r"(\s)|(\S)", r"(a(b(c)))", r"(?x) \d + \s* (?# c ) [a-z]", r"[.]", r"\.", r"a.c", r"[\w.-]+"]
strings = ["", "a", "ab", "aab", "abc", "abcd", "bab", "xaxbx", "foo@bar.com, x@y.com", "12.5 and 3. and .7", "Hello World",
           "aa bb cc", "say 'hi' and \"yo\"", "a-b-c", "1 22 333 4444", "xxx", "  # comment\ncode\n # c2", "line1\nline2\n",
           "a,b , c,,d", "abab ababab", "STRASSE straße", "ééé e", "10px 2em 3pt", "x y  z", "aaab", "axyxyx", "..a.b"]
for p in patterns:
    c = re.compile(p)
    for s in strings:
        out = []
        m = c.search(s)
        out.append(m.span() if m else None)
        out.append(m.groups() if m else None)
        m = c.match(s)
        out.append(m.span() if m else None)
        m = c.fullmatch(s)
        out.append(m.span() if m else None)
        out.append(c.findall(s))
        out.append([(m.span(), m.lastindex) for m in c.finditer(s)])
        out.append(c.sub("<\\g<0>>", s))
        out.append(c.split(s))
        out.append(c.subn(lambda m: str(len(m.group())), s, 2))
        print(repr(p), repr(s), out)
