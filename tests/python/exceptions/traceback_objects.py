# A caught exception's __traceback__ outlives its except block: traceback.extract_tb and
# walk_tb read the chain of tb objects, outermost level first.
import traceback


def inner(d):
    return d['missing']


def outer():
    return inner({})


saved = None
try:
    outer()
except KeyError as e:
    saved = e

tb = saved.__traceback__
levels = [(f.f_code.co_name, lineno) for f, lineno in traceback.walk_tb(tb)]
print(levels)
summary = traceback.extract_tb(tb)
print([(s.name, s.lineno, s.line) for s in summary])
print(len(traceback.extract_tb(tb, limit=1)), traceback.extract_tb(tb, limit=-1)[0].name)
print(''.join(traceback.format_tb(tb)).count('File'), traceback.format_tb(tb)[-1].splitlines()[1].strip())
print(tb.tb_lineno, tb.tb_next.tb_frame.f_code.co_name, tb.tb_next.tb_next.tb_next)
print(''.join(traceback.format_exception(saved)).splitlines()[-1])
print(traceback.extract_tb(None))
try:
    open()
except TypeError as e:
    print(e)
