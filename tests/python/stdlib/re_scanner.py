# re.Scanner: a lexicon of (pattern, action); the first pattern matching at each position wins.
import re
import sys


def number(scanner, text):
    return ('NUM', int(text), scanner.match.span())


scanner = re.Scanner([
    (r"[a-z_]\w*", lambda s, t: ('NAME', t)),
    (r"\d+", number),
    (r"\s+", None),
    (r"==|=", lambda s, t: ('OP', t)),
    (r"[+*/-]", "ARITH"),
])
print(scanner.scan("total = a1 + 42 * b == 7"))
print(scanner.scan("x = 3 ?? rest"))
print(scanner.scan(""))
print(re.Scanner([(r"a*", "A")]).scan("bbb"))
print(re.Scanner([(r"(?i)ab", "AB")], re.I).scan("abAB"))
print(sys.stdout.fileno(), sys.stderr.fileno())
