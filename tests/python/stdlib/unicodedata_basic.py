import unicodedata as ud

for c in "aZ5 !é€😀\u0301\u00a0\t中ß½٣Ⅻ\u200b":
    print(repr(c), ud.category(c), ud.combining(c), ud.east_asian_width(c), ud.mirrored(c),
          ud.decimal(c, None), ud.digit(c, None), ud.numeric(c, None), ud.name(c, "?"))
for s in ["café", "cafe\u0301", "Åström", "ﬁ", "①", "Ｈｅｌｌｏ", "한국어", "\u1100\u1161\u11a8", "e\u0323\u0302", "x²", "ǅ"]:
    print(repr(s), [ascii(ud.normalize(f, s)) for f in ("NFC", "NFD", "NFKC", "NFKD")], ud.is_normalized("NFC", s))
print(ud.lookup("LATIN SMALL LETTER E WITH ACUTE"), ud.lookup("snowman"), ud.lookup("CJK UNIFIED IDEOGRAPH-4E2D"), ud.name("中"))
print("".join(c for c in ud.normalize("NFD", "Crème Brûlée à la façon") if not ud.combining(c)))
print(ud.unidata_version, ud.numeric("½"), ud.digit("²"), ud.decimal("٣"))
for bad in [lambda: ud.category("ab"), lambda: ud.decimal("a"), lambda: ud.digit("x"), lambda: ud.numeric("x"),
            lambda: ud.lookup("NO SUCH THING"), lambda: ud.normalize("XYZ", "a"), lambda: ud.name("\u0378")]:
    try:
        print(bad())
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
