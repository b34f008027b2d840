# Case mappings where one character maps to several, or context matters.
print("ß".upper(), "ß".lower(), "ß".casefold(), "ẞ".lower(), "straße".upper(), len("straße".upper()))
print("İ".lower(), len("İ".lower()), "ǅ".upper(), "ǅ".lower())
print("Σ".lower(), "ΣΑΣ".lower(), "ΟΔΟΣ".lower(), "ΟΔΟΣ ΟΔΟΣ.".lower())
print("ﬁ".upper(), "ǰ".upper(), len("ǰ".upper()), "ﬁ".casefold())
print("Ǆemal".capitalize(), "ǆemal".title(), "ǆ".swapcase())
print("Straße".casefold() == "STRASSE".casefold(), "Straße".lower() == "strasse")
print("ĳ".isalpha(), "²".isdigit(), "½".isdigit(), "٣".isdigit(), "Ⅻ".isalpha())
print("ǅ".isupper(), "ǅ".islower(), "ß".islower(), "ª".islower())
for word in ["ﬁnance", "ŉ", "ΐ", "ſ"]:
    print(word, word.upper(), word.lower(), word.casefold(), word.title(), len(word.upper()))
