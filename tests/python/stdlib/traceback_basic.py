import traceback
import sys


def clean(text):
    # CPython 3.11 adds caret lines under the failing expression, which isola leaves out,
    # and names the script by its absolute path: keep the file name only.
    out = []
    for line in text.splitlines(keepends=True):
        if line.strip() and not set(line.strip()) - set('^~'):
            continue
        if line.startswith('  File "'):
            path = line.split('"')[1]
            line = line.replace(path, path.rsplit('/', 1)[-1])
        out.append(line)
    return ''.join(out)


def inner():
    return 1 / 0


def outer():
    inner()


try:
    outer()
except ZeroDivisionError:
    print(clean(traceback.format_exc()), end='')
    info = sys.exc_info()
    print(traceback.format_exception_only(info[0], info[1]))
    frames = traceback.extract_tb(info[2])
    print(len(frames), [f.name for f in frames], [f.line for f in frames], frames[-1].lineno)

try:
    try:
        {}['missing']
    except KeyError as e:
        raise ValueError('converted') from e
except ValueError as e:
    print(clean(''.join(traceback.format_exception(e))), end='')
    print(clean(''.join(traceback.format_exception(e, chain=False))), end='')
    print(traceback.format_exception_only(e))
    te = traceback.TracebackException.from_exception(e)
    print(str(te), ''.join(te.format_exception_only()), end='')
print(repr(traceback.format_exc()))
