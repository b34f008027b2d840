# Non-ASCII text: lengths, case mapping, ordering and repr.
samples = ["héllo wörld ñ 日本", "Ünïcödé", "ΑΒΓ αβγ", "Привет мир", "naïve café", "😀 smile", "mixed ÀÉÎ àéî"]
for s in samples:
    print(s, len(s), s.upper(), s.lower(), s.title(), s.swapcase())
    print(repr(s), s.casefold(), s[::-1], s.isalpha())

for ch in "aé日😀":
    print(ch, ord(ch), repr(ch))

print(chr(233), chr(0x65E5), chr(128512), chr(955), chr(8364))
print(sorted(["é", "e", "z", "日", "a", "É", "😀"]))
print("é" < "日" < "😀", max("héllo"), min("wörld"))
print("日本語テキスト".find("テ"), "日本語".count("語"), "日本語".replace("本", "ホン"))
print("  ñandú  ".strip(), "ÀÉÎ".lower(), "àéî".upper())
print("日".isalnum(), "é".isalpha(), "\u00a0".isspace(), "\u3000".isspace())
print("élan vital".title(), "ñu".capitalize(), "Ωmega".swapcase())
print(repr("tab\there"), repr("é\n"), repr("\u200b"), repr("\x7f"), repr("\xa0"))
print(repr("\u0301"), repr("e\u0301"), len("e\u0301"))
print("日本" * 3, "ñ" + "日", "-".join(["α", "β", "γ"]))
print("héllo wörld ñ 日本".split(), "a–b–c".split("–"))
print("日本".center(6, "*"), "é".rjust(3, "ü"), "über".zfill(6))

# Counting letters by script.
text = "Hello Привет 日本 αβγ"
ascii_count = 0
other = 0
for ch in text:
    if ch == " ":
        continue
    if ord(ch) < 128:
        ascii_count += 1
    else:
        other += 1
print(ascii_count, other)

# Caesar shift over Greek lowercase letters.
def shift_greek(s, k):
    out = ""
    for ch in s:
        code = ord(ch)
        if 945 <= code <= 969:
            out += chr(945 + (code - 945 + k) % 25)
        else:
            out += ch
    return out

enc = shift_greek("αβγ δεζ", 3)
print(enc, shift_greek(enc, -3))
