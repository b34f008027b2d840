# unittest as programs use it: a TestCase with setUp/tearDown, assertions of each kind,
# skips, expected failures and subtests, run by TextTestRunner (to stdout) and by main().
import io
import re
import sys
import unittest


class Stack:
    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)

    def pop(self):
        if not self.items:
            raise IndexError('pop from empty stack')
        return self.items.pop()


class StackTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print('setUpClass')

    def setUp(self):
        self.s = Stack()

    def tearDown(self):
        self.s = None

    def test_push_pop(self):
        self.s.push(1)
        self.s.push(2)
        self.assertEqual(self.s.pop(), 2)
        self.assertEqual(self.s.items, [1])

    def test_empty(self):
        with self.assertRaises(IndexError) as cm:
            self.s.pop()
        self.assertEqual(str(cm.exception), 'pop from empty stack')
        self.assertRaises(IndexError, self.s.pop)
        with self.assertRaisesRegex(IndexError, 'empty'):
            self.s.pop()

    def test_assertions(self):
        self.assertTrue([1])
        self.assertFalse('')
        self.assertIs(None, None)
        self.assertIsNot(1, None)
        self.assertIsNone(None)
        self.assertIsNotNone(0)
        self.assertIn(2, [1, 2])
        self.assertNotIn(3, [1, 2])
        self.assertIsInstance(1, int)
        self.assertNotIsInstance(1, str)
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertNotAlmostEqual(1.0, 1.1)
        self.assertGreater(2, 1)
        self.assertGreaterEqual(2, 2)
        self.assertLess(1, 2)
        self.assertLessEqual(2, 2)
        self.assertRegex('hello world', r'w\w+')
        self.assertCountEqual([1, 2, 2], [2, 1, 2])
        self.assertDictEqual({'a': 1}, {'a': 1})
        self.assertListEqual([1], [1])
        self.assertTupleEqual((1,), (1,))
        self.assertSetEqual({1}, {1})
        self.assertSequenceEqual('ab', ['a', 'b'])
        self.assertMultiLineEqual('a\nb', 'a\nb')
        self.assertNotEqual(1, 2)

    def test_fail_list(self):
        self.assertEqual([1, 2, 3], [1, 5, 3])

    def test_fail_message(self):
        self.assertTrue(False, 'custom message')

    def test_fail_dict(self):
        self.assertEqual({'a': 1, 'b': 2}, {'a': 1, 'b': 3})

    def test_fail_string(self):
        self.assertEqual('hello world', 'hello there')

    def test_error(self):
        raise RuntimeError('oops')

    @unittest.skip('not now')
    def test_skipped(self):
        pass

    @unittest.skipIf(sys.version_info >= (3,), 'py3')
    def test_skipped_if(self):
        pass

    def test_skip_inside(self):
        self.skipTest('skipped inside')

    @unittest.expectedFailure
    def test_expected_failure(self):
        self.assertEqual(1, 2)

    @unittest.expectedFailure
    def test_unexpected_success(self):
        pass

    def test_subtests(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertLess(i, 3)


class Other(unittest.TestCase):
    def test_warns_nothing(self):
        self.assertEqual(sum(range(5)), 10)


def run(suite, verbosity):
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity).run(suite)
    # The timing line differs from run to run: leave it out.
    for line in stream.getvalue().splitlines():
        if not line.startswith('Ran '):
            print(re.sub(r'File "[^"]*/', 'File "', line))
    return result


loader = unittest.TestLoader()
print(loader.getTestCaseNames(StackTest))
result = run(loader.loadTestsFromTestCase(StackTest), 1)
print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped),
      len(result.expectedFailures), len(result.unexpectedSuccesses), result.wasSuccessful())
print([t.id() for t, _ in result.failures])
run(unittest.TestSuite([Other('test_warns_nothing'), StackTest('test_push_pop')]), 2)

# main(), as a script ends: exit=False keeps the program going; its runner writes to stdout.
prog = unittest.main(module='__main__', argv=['prog', 'Other'], exit=False,
                     testRunner=unittest.TextTestRunner(stream=io.StringIO()))
print(prog.result.wasSuccessful(), prog.result.testsRun)
try:
    unittest.main(argv=['prog', 'StackTest.test_error'],
                  testRunner=unittest.TextTestRunner(stream=io.StringIO()))
except SystemExit as e:
    print('exit', e.code)
try:
    unittest.main(argv=['prog', 'Other'], testRunner=unittest.TextTestRunner(stream=io.StringIO()))
except SystemExit as e:
    print('exit', e.code)
