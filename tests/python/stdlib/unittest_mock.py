# unittest.mock as tests use it: Mock and MagicMock with return values and side effects,
# call records and assertions, patch as a context manager and decorator, patch.object,
# patch.dict, specs, sentinels.
import io
from unittest import mock
from unittest.mock import Mock, MagicMock, patch, call, ANY, sentinel
m = Mock(return_value=3)
print(m(1, k=2), m.call_count, m.call_args, m.called)
m.assert_called_once_with(1, k=2)
m.method.return_value = 'x'
print(m.method('a'), m.method.call_args_list, m.mock_calls)
m2 = Mock(side_effect=[1, 2, ValueError('boom')])
print(m2(), m2())
try:
    m2()
except ValueError as e:
    print('raised', e)
mm = MagicMock()
mm.__len__.return_value = 5
print(len(mm), mm[0] is mm.__getitem__.return_value, bool(mm))
import json
with patch('json.dumps', return_value='patched') as p:
    print(json.dumps({}), p.called)
print(json.dumps({}))
class C:
    def f(self): return 'real'
with patch.object(C, 'f', return_value='fake'):
    print(C().f())
print(C().f())
@patch('json.loads')
def t(ml):
    ml.return_value = 7
    return json.loads('x')
print(t())
d = {'a': 1}
with patch.dict(d, {'b': 2}):
    print(sorted(d))
print(sorted(d))
s = Mock(spec=C)
print(isinstance(s, C), hasattr(s, 'f'), hasattr(s, 'g'))
m.reset_mock(); print(m.call_count)
m(1); print(m.call_args == call(1), m.call_args == call(ANY), sentinel.x is sentinel.x)
try:
    m.assert_called_with(2)
except AssertionError as e:
    print('AssertionError', str(e).splitlines()[0])
import unittest


class Service:
    def fetch(self, key):
        raise RuntimeError('network')

    def total(self, keys):
        return sum(self.fetch(k) for k in keys)


class ServiceTest(unittest.TestCase):
    @patch.object(Service, 'fetch', side_effect=lambda k: len(k))
    def test_total(self, fetch):
        self.assertEqual(Service().total(['a', 'bb']), 3)
        self.assertEqual(fetch.call_count, 2)
        fetch.assert_any_call('bb')

    def test_mock_assert(self):
        m = Mock()
        m.go(1)
        m.go.assert_called_once_with(1)
        with self.assertRaises(AssertionError):
            m.go.assert_called_with(2)
        m.assert_not_called()


r = unittest.TextTestRunner(stream=io.StringIO()).run(
    unittest.defaultTestLoader.loadTestsFromTestCase(ServiceTest))
print(r.testsRun, r.wasSuccessful(), r.failures, r.errors)
