# str.format and str.format_map: the replacement-field grammar and its errors.


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)

    def __str__(self):
        return '(%s, %s)' % (self.x, self.y)

    def __format__(self, spec):
        return 'P[' + spec + ']'


class Plain:
    pass


p = Point(1, 'two')
data = {'a': [10, 20, 30], 'b': {'k': 'v', '1': 'str-one', 1: 'int-one'}, 'pt': p}
print('{} {} {}'.format(1, 'a', None))
print('{0} {1} {0}'.format('x', 'y'))
print('{a} {b} {a}'.format(a=1, b=2))
print('{0.x} {0.y} {pt.x}'.format(p, pt=p))
print('{0[0]} {0[2]} {d[a][1]} {d[b][k]} {d[b][1]}'.format([5, 6, 7], d=data))
print('{!r} {!s} {!a} {!r:>12}'.format('é', p, 'é', 'é'))
print('{:>8} {:<8}| {:^8} {:*^9}'.format('r', 'l', 'c', 'm'))
print('{:d} {:5d} {:05d} {:+d} {:x} {:#o} {:b} {:,} {:_} {:e} {:.3f} {:%} {:g}'.format(
    42, 42, 42, 42, 255, 8, 5, 1234567, 1234567, 12345.678, 3.14159, 0.25, 1e20))
print('{0:{1}} [{0:{1}{2}}] {0:>{width}.{prec}f}'.format(3.14159, 10, 's' if False else '', width=9, prec=2))
print('{:{}{}}'.format('x', '>', 5), '{:{}}'.format(7, 4))
print('{{}} {{{0}}} }}{{ {{x}}'.format('in'))
print('{pt} {pt:spec} {pt!s} {pt!r}'.format(pt=p))
print('{0}{1}{0}'.format(*'ab'), '{x}{y}'.format(**{'x': 1, 'y': 2}))
print('{} {}'.format(True, 1.5), '{:d}'.format(True), '{0:.2}'.format('abcdef'))
print(''.format(), 'no fields'.format(1, 2, x=3), '{0}'.format(*range(3)))
print('{0[-1]}'.format({'-1': 'minus'}), '{0[ 1]}'.format({' 1': 'spaced'}), '{0[1x]}'.format({'1x': 'mixed'}))
print('{0[٣]}'.format([0, 1, 2, 'three']), '{٠}'.format('zero'))
print('Σ{:>3}Σ'.format('é'), '{:é^7}'.format('x'))
print('{0.real} {0.imag}'.format(3 + 4j))
print('{:}'.format(12), '{!r:}'.format('q'), '{:{}}'.format('z', ''))
print('{0:{1}}'.format(5, '{}'.format(3)))

print('{a} and {b[x]}'.format_map({'a': 1, 'b': {'x': 2}}))



class Mapping:
    def __getitem__(self, key):
        return key.upper()


print('{abc}-{xyz}'.format_map(Mapping()))

for f in [lambda: '{'.format(), lambda: '}'.format(), lambda: 'a}b'.format(), lambda: '{0'.format(1),
          lambda: '{0!}'.format(1), lambda: '{0!r'.format(1), lambda: '{0!rx}'.format(1),
          lambda: '{0!x}'.format(1), lambda: '{0!é}'.format(1), lambda: '{0!\t}'.format(1),
          lambda: '{0:{1}'.format(1, 2), lambda: '{0.}'.format(1), lambda: '{0[]}'.format([1]),
          lambda: '{0[0}'.format([1]), lambda: '{0..a}'.format(1), lambda: '{0[0]x}'.format([1]),
          lambda: '{0:{1:{2}}}'.format(1, 2, 3), lambda: '{:{}}'.format([1], 2),
          lambda: '{0:{}}'.format(1, 2), lambda: '{}{0}'.format(1, 2), lambda: '{0}{}'.format(1, 2),
          lambda: '{1}'.format(1), lambda: '{}{}'.format(1), lambda: '{x}'.format(1),
          lambda: '{x}'.format(y=1), lambda: '{99999999999999999999}'.format(1),
          lambda: '{0.nope}'.format(p), lambda: '{0.x.y}'.format(p), lambda: '{0[5]}'.format([1]),
          lambda: '{0[k]}'.format({}), lambda: '{0[0]}'.format(5), lambda: '{a{}'.format(a=1),
          lambda: '{:d}'.format('s'), lambda: '{:s}'.format(5), lambda: '{:x}'.format(1.5),
          lambda: '{:>>>}'.format(1), lambda: '{:,s}'.format('a'), lambda: '{0:=5}'.format('s'),
          lambda: '{:spec}'.format(Plain()), lambda: '{0}'.format_map({}), lambda: '{}'.format_map({}),
          lambda: '{x}'.format_map({}), lambda: '{x}'.format_map(5), lambda: '{x}'.format_map(),
          lambda: '{x}'.format_map({}, {}), lambda: '{0[0]}{0[1]}'.format('a'), lambda: '{!r}'.format(),
          lambda: str.format(), lambda: str.format(5)]:
    show('err', f)
