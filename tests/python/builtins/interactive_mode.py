# compile(..., 'single'): expression statements at the top level (in loops too, not in
# function or class bodies) go to sys.displayhook, which prints the repr and sets builtins._.
import builtins
import io
import sys

exec(compile("1 + 2", "<stdin>", "single"))
print(builtins._)
exec(compile("None", "<stdin>", "single"))
print(builtins._)
exec(compile("'text'", "<stdin>", "single"))
exec(compile("for i in range(3): i * 10\n", "<stdin>", "single"))
exec(compile("def f():\n    99\n", "<stdin>", "single"))
f()
exec(compile("class C:\n    98\n", "<stdin>", "single"))
exec(compile("x = 5; x; x + 1", "<stdin>", "single"))
print(builtins._)

# A replaced displayhook gets the values.
seen = []
sys.displayhook = seen.append
exec(compile("[1, 2]", "<stdin>", "single"))
exec(compile("None", "<stdin>", "single"))
sys.displayhook = sys.__displayhook__
print(seen)

# The default hook writes to sys.stdout, whatever it is now.
saved, sys.stdout = sys.stdout, io.StringIO()
sys.displayhook({'a': 1})
captured, sys.stdout = sys.stdout.getvalue(), saved
print(repr(captured))
print(sys.displayhook(None), builtins._)

# 'single' takes one statement.
for source in ["1\n2\n", "if 1:\n    pass\nx = 1\n"]:
    try:
        compile(source, "<stdin>", "single")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno)

# exit and quit, as site adds them.
print(repr(exit), repr(quit))
print(type(exit).__name__)
for quitter, arg in [(exit, 3), (quit, None)]:
    try:
        quitter() if arg is None else quitter(arg)
    except SystemExit as e:
        print("SystemExit", e.code)
