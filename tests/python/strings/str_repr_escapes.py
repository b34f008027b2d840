# repr of strings needing escapes, and of containers holding them.
samples = ["plain", "it's", 'say "hi"', "both ' and \"", "\n", "\t", "\r", "\x00", "\x1b[0m",
           "back\\slash", "", " ", "héllo", "日本", "😀", "\x7f", "\x80", "\xff", "\u2028",
           "line1\nline2", "tab\tsep", "bell\a", "\b\f\v", "'", '"', "'\"", "é\x00ñ"]
for s in samples:
    print(repr(s), len(s), len(repr(s)))

print(samples[:6])
print(["it's", 'say "hi"'], ("a\nb",), {"key\t": "va'l"})
print([["nested", ["it's"]], {"x": ("\x00",)}])
print(str(["a", "b"]), str(("c",)), str({"d": "e"}))
print("it's", 'say "hi"', "\\n")
print(repr(repr("x")), repr(str(5)), repr(str("abc")))
print(repr("x" * 3 + "'" + '"'))

# Escapes in literals.
print("a\tb|", "c\\d", "e\x41f", "g\u00e9h", "\N{GREEK SMALL LETTER ALPHA}", "\101\102")
print(len("\n\t\\"), len(r"\n\t\\"), r"raw\nstring", repr(r"C:\path\to"))
print("""triple "quoted" 'text'""")
print('''other 'triple' "kind"''')
multi = """line one
line two
  indented"""
print(multi)
print(repr(multi))
print("implicit" " concatenation" ' works')
print("continued \
line")

# repr of other values for comparison.
print(repr(1), repr(1.0), repr(-0.5), repr(True), repr(None), repr([]), repr(()), repr({}))
print(repr((1,)), repr((1, 2)), repr([(1,), [()]]), repr({1: (2,)}), repr(range(3)))
print([1.0, 2.5, -0.0, 1e100], (None, True, False))
