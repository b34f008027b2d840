"""Runs one test module of CPython's test suite under isola: `pyrun stdlib_tests.py NAME`
(with `test` importable). Prints one line per test as it finishes, so that the tests before a
crash or a timeout still count: `TEST <status> <id>`, then `DETAIL <text>` for a failure's
last line, and `DONE` at the end; `IMPORT <error>` when the module does not import. The modules
the sandbox refuses (`subprocess`, `socket`, and `py_compile`, which writes bytecode files) are
stood in for, so that a test module that uses them in a few tests still runs its others."""

import sys
import unittest

name = sys.argv[1]


def last_line(text):
    lines = [line for line in str(text).splitlines() if line.strip()]
    return lines[-1][:300] if lines else ''


class Lines(unittest.TestResult):
    def _report(self, status, test, detail=None):
        print('TEST', status, test.id(), flush=True)
        if detail:
            print('DETAIL', last_line(detail), flush=True)

    def addSuccess(self, test):
        self._report('pass', test)

    def addFailure(self, test, err):
        self._report(self._status(test, 'fail'), test, self._exc_info_to_string(err, test))

    def addError(self, test, err):
        self._report(self._status(test, 'error'), test, self._exc_info_to_string(err, test))

    @staticmethod
    def _status(test, status):
        # CPython's tests of a C accelerator run with `module = None` when it is absent (they
        # take it from import_fresh_module): not a failure of the module under test.
        if getattr(test, 'module', 0) is None:
            return 'noaccel'
        return status

    def addSkip(self, test, reason):
        self._report('skip', test, reason)

    def addExpectedFailure(self, test, err):
        self._report('xfail', test)

    def addUnexpectedSuccess(self, test):
        self._report('fail', test, 'unexpected success')

    def addSubTest(self, test, subtest, err):
        # A failing subtest fails its test (whose success is then never reported): the first
        # one is reported for the test.
        if err is not None and test.id() not in self._failed_by_subtest:
            self._failed_by_subtest.add(test.id())
            self._report('fail', test, self._exc_info_to_string(err, test))

    def __init__(self):
        super().__init__()
        self._failed_by_subtest = set()


class _Refused(Exception):
    """A name of a module the sandbox refuses, as this harness stands it in: calling it, or
    making an instance, raises the sandbox's PermissionError, so that only the tests that use
    it count as needing what the sandbox refuses. An exception class, so that `except
    subprocess.CalledProcessError` still compiles into a working handler."""

    what = '?'

    def __init__(self, *args, **kwargs):
        raise PermissionError(1, 'Operation not permitted: %s is not available in the isola '
                              'sandbox' % self.what)


def _stand_in(module_name):
    """A stand-in for a refused module: many test modules import `subprocess` or `socket`
    (through test.support's helpers) for a few of their tests only."""
    import types
    stand_in = types.ModuleType(module_name)
    made = {}

    def __getattr__(attr):
        if attr.startswith('__'):
            raise AttributeError(attr)
        if attr not in made:
            made[attr] = type(attr, (_Refused,), {'what': module_name + '.' + attr})
        return made[attr]
    stand_in.__getattr__ = __getattr__
    return stand_in


for refused in ('subprocess', 'socket', 'py_compile'):
    try:
        __import__(refused)
    except ImportError:
        sys.modules[refused] = _stand_in(refused)

try:
    module = __import__('test.' + name, fromlist=['*'])
except BaseException as e:
    print('IMPORT', '%s: %s' % (type(e).__name__, last_line(e)), flush=True)
    raise SystemExit(0)
result = Lines()


def run_unittest(*classes):
    """test.support.run_unittest for modules that still run through test_main(): the tests
    go to this harness's result instead of a runner of their own."""
    suite = unittest.TestSuite()
    loader = unittest.defaultTestLoader
    for c in classes:
        if isinstance(c, str):
            suite.addTest(loader.loadTestsFromModule(sys.modules[c]))
        elif isinstance(c, (unittest.TestSuite, unittest.TestCase)):
            suite.addTest(c)
        elif isinstance(c, type):
            suite.addTest(loader.loadTestsFromTestCase(c))
        else:
            suite.addTest(loader.loadTestsFromModule(c))
    suite.run(result)


if hasattr(module, 'test_main') and not hasattr(module, 'load_tests'):
    from test import support
    support.run_unittest = run_unittest
    if hasattr(module, 'run_unittest'):
        module.run_unittest = run_unittest
    try:
        module.test_main()
    except BaseException as e:
        print('IMPORT', 'test_main: %s: %s' % (type(e).__name__, last_line(e)), flush=True)
else:
    unittest.defaultTestLoader.loadTestsFromModule(module).run(result)
print('DONE', flush=True)
