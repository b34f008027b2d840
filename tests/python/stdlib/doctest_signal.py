# doctest (CPython's, with pdb, bdb, cmd, code and dis under it), signal's names and refusals,
# sys.settrace/gettrace, and the inspect functions doctest's finder uses.
import doctest
import inspect
import signal
import sys


def double(x):
    """
    >>> double(2)
    4
    >>> [double(i) for i in range(3)]
    [0, 2, 4]
    >>> double('ab')
    'abab'
    >>> double(None)
    Traceback (most recent call last):
        ...
    TypeError: unsupported operand type(s) for *: 'NoneType' and 'int'
    """
    return x * 2


def wrong(x):
    """
    >>> wrong(3)
    7
    >>> print('a\\nb')
    a
    b
    >>> wrong(1)  # doctest: +ELLIPSIS
    2...
    """
    return x * 2


class Box:
    """A box.

    >>> Box(3).size
    3
    """

    def __init__(self, size):
        self.size = size

    def grow(self):
        """
        >>> b = Box(1); b.grow(); b.size
        2
        """
        self.size += 1


# Reports name the file as __file__ has it (absolute in CPython, as given in isola).
import io, contextlib
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    results = doctest.testmod(verbose=False)
print(buf.getvalue().replace(__file__, 'FILE'), end='')
print(results)
finder = doctest.DocTestFinder()
tests = finder.find(sys.modules[__name__])
print(sorted((t.name, len(t.examples)) for t in tests))
runner = doctest.DocTestRunner(verbose=False)
for t in sorted(tests, key=lambda t: t.name):
    runner.run(t, out=lambda s: None)
print(runner.summarize(verbose=False))
parser = doctest.DocTestParser()
examples = parser.get_examples('>>> 1 + 1\n2\n>>> x = 5\n>>> x\n5\n')
print([(e.source, e.want) for e in examples])
print(doctest.run_docstring_examples.__name__, doctest.ELLIPSIS, doctest.NORMALIZE_WHITESPACE)
globs = {'n': 10}
test = parser.get_doctest('>>> n * 2\n20\n>>> n + 1\n12\n', globs, 'mini', 'mini.py', 0)
r = doctest.DocTestRunner()
r.run(test, out=lambda s: None)
print(r.failures, r.tries)

print(int(signal.SIGINT), signal.SIGTERM.name, signal.Signals(9).name, signal.NSIG)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler, signal.getsignal(15))
print(signal.strsignal(signal.SIGKILL), signal.strsignal(40), len(signal.valid_signals()))
try:
    signal.default_int_handler(2, None)
except KeyboardInterrupt:
    print('KeyboardInterrupt')
try:
    signal.getsignal(99)
except ValueError as e:
    print(e)

print(sys.gettrace(), sys.settrace(None), sys.gettrace())
print(inspect.getmodule(double) is sys.modules[__name__], inspect.getmodule(sys) is sys)
print(inspect.getfile(double) == __file__, inspect.getsourcefile(double) in (None, __file__))
try:
    inspect.getfile(sys)
except TypeError as e:
    print(e)
