# isdigit, isalpha, isspace, isalnum, isupper, islower.
samples = ["123", "12.5", "-5", "abc", "ABC", "Abc", "abc123", "   ", "\t\n", "", "a b",
           "ÀÉ", "é", "日本", "½", "²", "A1", "hello!", "HELLO WORLD", "hello world", "_", "123abc",
           "ABC123", "abc DEF"]
for s in samples:
    print(repr(s), s.isdigit(), s.isalpha(), s.isspace(), s.isalnum(), s.isupper(), s.islower())

# Classify each character of a string.
def classify(text):
    digits = 0
    letters = 0
    spaces = 0
    other = 0
    upper = 0
    for ch in text:
        if ch.isdigit():
            digits += 1
        elif ch.isalpha():
            letters += 1
            if ch.isupper():
                upper += 1
        elif ch.isspace():
            spaces += 1
        else:
            other += 1
    return digits, letters, spaces, other, upper

print(classify("Hello World 2024! Ça va?"))
print(classify("no digits here"))
print(classify(""))

# Validate simple identifiers and passwords.
def valid_identifier(name):
    if not name:
        return False
    if name[0].isdigit():
        return False
    for ch in name:
        if not (ch.isalnum() or ch == "_"):
            return False
    return True

for name in ["x", "_private", "9lives", "my_var2", "has-dash", "", "café", "a b"]:
    print(repr(name), valid_identifier(name))

def strong_password(pw):
    has_upper = any([c.isupper() for c in pw])
    has_lower = any([c.islower() for c in pw])
    has_digit = any([c.isdigit() for c in pw])
    return len(pw) >= 8 and has_upper and has_lower and has_digit

for pw in ["short1A", "alllowercase1", "NoDigitsHere", "Good1Password", "UPPER123lower"]:
    print(pw, strong_password(pw))

# Extract numbers from text.
text = "Order 66 shipped 3 items for 120 dollars on day 7"
numbers = []
current = ""
for ch in text + " ":
    if ch.isdigit():
        current += ch
    elif current:
        numbers.append(int(current))
        current = ""
print(numbers, sum(numbers))
