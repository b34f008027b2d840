# CPython's own warnings module: filters, catch_warnings, the caller's location.
import sys
import warnings

def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)
    return 1

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    old_api()
    warnings.warn("plain")
    warnings.warn(UserWarning("instance"))
    warnings.warn("runtime", RuntimeWarning)
for w in caught:
    print(w.category.__name__, str(w.message), w.filename.rsplit('/', 1)[-1], w.lineno)

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("boom", UserWarning)
    except UserWarning as e:
        print("raised", repr(e))

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("ignore")
    warnings.filterwarnings("always", message="keep")
    warnings.warn("keep me")
    warnings.warn("drop me")
    warnings.filterwarnings("ignore", category=UserWarning, append=False)
    warnings.warn("keep me too")
print([str(w.message) for w in caught])

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("default")
    for i in range(3):
        warnings.warn("once per location")
print(len(caught))

with warnings.catch_warnings(record=True) as caught:
    warnings.resetwarnings()
    warnings.simplefilter("once")
    warnings.warn("dup")
    warnings.warn("dup")
    warnings.warn_explicit("explicit", SyntaxWarning, "fake.py", 12)
print([(w.category.__name__, str(w.message), w.filename.rsplit('/', 1)[-1], w.lineno) for w in caught])

print(warnings.formatwarning("msg", UserWarning, "file.py", 3, "line text"), end="")
print(warnings.formatwarning("msg", DeprecationWarning, "file.py", 3), end="")

class Capture:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
cap = Capture()
old = sys.stderr
sys.stderr = cap
with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.warn("to stderr")
sys.stderr = old
print(repr("".join(cap.parts).split("\n")[0].rsplit("/", 1)[-1]))

def show(message, category, filename, lineno, file=None, line=None):
    print("custom:", category.__name__, message)
with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.showwarning = show
    warnings.warn("via showwarning")
print(type(warnings.filters), warnings.filters[:0], issubclass(DeprecationWarning, Warning))

def who():
    f = sys._getframe(1)
    return f.f_code.co_name, f.f_lineno, sorted(f.f_locals), f.f_globals is globals()
def caller(arg):
    local = 1
    return who()
print(caller(5), sys._getframe().f_code.co_name, sys._getframe(0).f_lineno, sys._getframe().f_back)
try:
    sys._getframe(1000)
except ValueError as e:
    print('ValueError', e)
print(sys.warnoptions, type(sys._getframe()).__name__)
