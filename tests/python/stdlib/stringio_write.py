import io
s = io.StringIO()
print(s.write("abc"), s.write(""), s.getvalue())
class S(str): pass
print(s.write(S("de")), s.getvalue())
try:
    s.write(b"x")
except TypeError as e:
    print(e)
s.seek(1); print(s.write("ZZ"), s.getvalue(), s.tell())
s.close()
try:
    s.write("q")
except ValueError as e:
    print(e)
try:
    s.write(1)
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)
