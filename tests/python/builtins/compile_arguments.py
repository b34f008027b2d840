# compile() takes its optional arguments by position or by name, in any combination.
c = compile('x = 1', 'f', 'exec', dont_inherit=True); print(type(c).__name__)
c = compile('1+1', 'f', 'eval', optimize=2); print(eval(c))
for call in ("compile('x', 'f', flags=0)", "compile('x', 'f', 'eval', 0, flags=0)", "compile('x', 'f', 'eval', bogus=1)"):
    try:
        eval(call)
    except TypeError as e:
        print(e)
