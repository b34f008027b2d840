# Case conversion methods.
words = ["hello", "HELLO", "Hello World", "hello world", "hELLO wORLD", "123abc", "abc123def",
         "", "  spaced  out  ", "o'neil's book", "x-ray vision", "mIxEd CaSe", "a1b2 c3d4", "ALL_CAPS_NAME"]
for w in words:
    print(repr(w))
    print("  upper", repr(w.upper()))
    print("  lower", repr(w.lower()))
    print("  title", repr(w.title()))
    print("  capitalize", repr(w.capitalize()))
    print("  swapcase", repr(w.swapcase()))
    print("  casefold", repr(w.casefold()))
    print("  isupper", w.isupper(), "islower", w.islower())

# Snake case to camel case and back.
def snake_to_camel(name):
    parts = name.split("_")
    out = parts[0]
    for p in parts[1:]:
        out += p.capitalize()
    return out

def camel_to_snake(name):
    out = ""
    for ch in name:
        if ch.isupper():
            if out:
                out += "_"
            out += ch.lower()
        else:
            out += ch
    return out

for name in ["my_variable_name", "x", "http_response_code", "already"]:
    camel = snake_to_camel(name)
    print(name, camel, camel_to_snake(camel))

# Case-insensitive comparison.
pairs = [("Apple", "apple"), ("Straße", "STRASSE"), ("abc", "abd")]
for a, b in pairs:
    print(a, b, a.lower() == b.lower(), a.casefold() == b.casefold())
