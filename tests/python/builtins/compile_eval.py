# compile(), and eval/exec of the code objects it returns.
code = compile('1 + 2', '<calc>', 'eval')
print(type(code).__name__, eval(code), code.co_filename)
exec(compile('y = 6 * 7\nprint("y is", y)', '<prog>', 'exec'))
ns = {}
exec(compile('z = 5', 'f.py', 'exec'), ns)
print(ns['z'], eval(compile('z * 2', 'g', 'eval'), ns))
exec(compile('print("single")', '<s>', 'single'))
print(eval(compile('x + 1', '<s>', mode='eval'), {'x': 10}))
for args in [('x = ', '<s>', 'exec'), ('import os', '<e>', 'eval')]:
    try:
        compile(*args)
    except SyntaxError as e:
        print('SyntaxError', e, e.filename, e.lineno)
for args in [('1', '<s>', 'bad'), ('1', '<s>'), (1, '<s>', 'exec')]:
    try:
        compile(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    eval('1 +')
except SyntaxError as e:
    print('SyntaxError', e)
