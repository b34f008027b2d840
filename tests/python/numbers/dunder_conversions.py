# __float__, __complex__, __index__ and __int__ on user classes in float(), complex(),
# int(), math, cmath, %-formatting and sequence repetition; int()/float() of bytes-likes;
# exec/eval/compile of bytes-likes.
import cmath
import math


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ':', e)


class Fl:
    def __float__(self):
        return 2.25


class Ix:
    def __index__(self):
        return 7


class In:
    def __int__(self):
        return 9


class Cx:
    def __complex__(self):
        return 1 + 2j


class Both:
    def __float__(self):
        return 1.5

    def __index__(self):
        return 3


class BadF:
    def __float__(self):
        return 1


class BadI:
    def __index__(self):
        return 'x'


class BadInt:
    def __int__(self):
        return 1.5


class BadC:
    def __complex__(self):
        return 1


class FloorOnly:
    def __floor__(self):
        return 'floor!'


class By:
    def __bytes__(self):
        return b'hello'


checks = [
    ('float(Fl)', lambda: float(Fl())), ('float(Ix)', lambda: float(Ix())),
    ('float(In)', lambda: float(In())), ('float(Both)', lambda: float(Both())),
    ('float(BadF)', lambda: float(BadF())), ('float(BadI)', lambda: float(BadI())),
    ('complex(Cx)', lambda: complex(Cx())), ('complex(Fl)', lambda: complex(Fl())),
    ('complex(Ix)', lambda: complex(Ix())), ('complex(Fl, Fl)', lambda: complex(Fl(), Fl())),
    ('complex(Fl, Ix)', lambda: complex(Fl(), Ix())), ('complex(1, Cx)', lambda: complex(1, Cx())),
    ('complex(BadC)', lambda: complex(BadC())), ('abs(complex(Cx))', lambda: abs(complex(Cx()))),
    ('int(Ix)', lambda: int(Ix())), ('int(In)', lambda: int(In())), ('int(Fl)', lambda: int(Fl())),
    ('int(BadI)', lambda: int(BadI())), ('int(BadInt)', lambda: int(BadInt())),
    ('int(bytearray)', lambda: int(bytearray(b'42'))), ('int(bytes)', lambda: int(b' 17 ')),
    ('int(memoryview)', lambda: int(memoryview(b'99'))), ('int(bytes, 16)', lambda: int(b'ff', 16)),
    ('int(bytearray, 2)', lambda: int(bytearray(b'101'), 2)),
    ('int(memoryview, 8)', lambda: int(memoryview(b'12'), 8)),
    ('int(b"0x1f", 0)', lambda: int(b'0x1f', 0)), ('int(b"1_000")', lambda: int(b'1_000')),
    ('int(b"x")', lambda: int(b'x')), ('int(bytearray(b"x"))', lambda: int(bytearray(b'x'))),
    ('int(b"\\xff")', lambda: int(b'\xff')), ('int(b"x", 16)', lambda: int(b'x', 16)),
    ('float(bytes)', lambda: float(b'1.5')), ('float(bytearray)', lambda: float(bytearray(b'2.5'))),
    ('float(memoryview)', lambda: float(memoryview(b'3.5'))),
    ('float(b" 1e3 ")', lambda: float(b' 1e3 ')), ('float(b"-inf")', lambda: float(b'-inf')),
    ('float(b"x")', lambda: float(b'x')), ('float(bytearray(b"x"))', lambda: float(bytearray(b'x'))),
    ('math.sqrt(Fl)', lambda: math.sqrt(Fl())), ('math.sqrt(Ix)', lambda: math.sqrt(Ix())),
    ('math.sqrt(In)', lambda: math.sqrt(In())), ('math.sqrt(Both)', lambda: math.sqrt(Both())),
    ('math.floor(Fl)', lambda: math.floor(Fl())), ('math.ceil(Fl)', lambda: math.ceil(Fl())),
    ('math.floor(Ix)', lambda: math.floor(Ix())), ('math.floor(FloorOnly)', lambda: math.floor(FloorOnly())),
    ('math.trunc(Fl)', lambda: math.trunc(Fl())), ('math.exp(Fl)', lambda: math.exp(Fl())),
    ('math.log(Fl)', lambda: math.log(Fl())), ('math.log(Ix, 7)', lambda: math.log(Ix(), 7)),
    ('math.log2(Ix)', lambda: math.log2(Ix())), ('math.pow(Fl, Ix)', lambda: math.pow(Fl(), Ix())),
    ('math.isfinite(Fl)', lambda: math.isfinite(Fl())), ('math.isnan(Ix)', lambda: math.isnan(Ix())),
    ('math.factorial(Ix)', lambda: math.factorial(Ix())), ('math.gcd(Ix, 14)', lambda: math.gcd(Ix(), 14)),
    ('math.lcm(Ix, 3)', lambda: math.lcm(Ix(), 3)), ('math.comb(Ix, 2)', lambda: math.comb(Ix(), 2)),
    ('math.perm(Ix, 2)', lambda: math.perm(Ix(), 2)), ('math.isqrt(Ix)', lambda: math.isqrt(Ix())),
    ('math.isqrt(Fl)', lambda: math.isqrt(Fl())), ('math.factorial(BadI)', lambda: math.factorial(BadI())),
    ('math.hypot(Fl, Fl)', lambda: math.hypot(Fl(), Fl())), ('math.fsum', lambda: math.fsum([Fl(), Ix()])),
    ('math.copysign', lambda: math.copysign(Fl(), -1)), ('math.atan2', lambda: math.atan2(Fl(), Ix())),
    ('math.ldexp(Fl, 2)', lambda: math.ldexp(Fl(), 2)), ('math.ldexp(Fl, Ix)', lambda: math.ldexp(Fl(), Ix())),
    ('math.fmod', lambda: math.fmod(Fl(), 2)), ('math.modf', lambda: math.modf(Fl())),
    ('math.frexp', lambda: math.frexp(Fl())), ('math.degrees', lambda: math.degrees(Ix())),
    ('math.prod', lambda: math.prod([Ix(), 2])), ('math.dist', lambda: math.dist([Fl()], [Ix()])),
    ('math.isclose', lambda: math.isclose(Fl(), 2.25)), ('math.sin(Ix)', lambda: math.sin(Ix())),
    ('math.sqrt("x")', lambda: math.sqrt('x')), ('math.floor("x")', lambda: math.floor('x')),
    ('cmath.sqrt(Cx)', lambda: cmath.sqrt(Cx())), ('cmath.sqrt(Fl)', lambda: cmath.sqrt(Fl())),
    ('cmath.exp(Ix)', lambda: cmath.exp(Ix())), ('cmath.phase(Cx)', lambda: cmath.phase(Cx())),
    ('cmath.polar(Fl)', lambda: cmath.polar(Fl())), ('cmath.rect(Fl, Ix)', lambda: cmath.rect(Fl(), Ix())),
    ('cmath.isclose', lambda: cmath.isclose(Cx(), 1 + 2j)), ('cmath.sqrt(BadC)', lambda: cmath.sqrt(BadC())),
    ('cmath.sqrt("x")', lambda: cmath.sqrt('x')),
    ('"%d" % Ix', lambda: '%d' % Ix()), ('"%x" % Ix', lambda: '%x' % Ix()),
    ('"%d" % In', lambda: '%d' % In()), ('"%x" % In', lambda: '%x' % In()),
    ('"%d" % Fl', lambda: '%d' % Fl()), ('"%d" % BadInt', lambda: '%d' % BadInt()),
    ('"%f" % Fl', lambda: '%f' % Fl()), ('"%e" % Ix', lambda: '%e' % Ix()),
    ('"%.2f" % Both', lambda: '%.2f' % Both()), ('"%c" % Ix', lambda: '%c' % Ix()),
    ('"%c" % True', lambda: '%c' % True), ('"%c" % Fl', lambda: '%c' % Fl()),
    ('"ab" * Ix', lambda: 'ab' * Ix()), ('Ix * "ab"', lambda: Ix() * 'ab'),
    ('(1,) * Ix', lambda: (1,) * Ix()), ('b"x" * Ix', lambda: b'x' * Ix()),
    ('[0] * Ix', lambda: [0] * Ix()), ('[0] * Fl', lambda: [0] * Fl()),
    ('bytes(Ix)', lambda: bytes(Ix())), ('bytes([Ix, 65])', lambda: bytes([Ix(), 65])),
    ('bytes(True)', lambda: bytes(True)), ('bytes(By)', lambda: bytes(By())),
    ('bytes(bytearray)', lambda: bytes(bytearray(b'ab'))), ('bytes(memoryview)', lambda: bytes(memoryview(b'cd'))),
    ('bytes(Fl)', lambda: bytes(Fl())),
    ('range(Ix)', lambda: list(range(Ix()))), ('"abcdefgh"[Ix]', lambda: 'abcdefgh'[Ix()]),
    ('hex(Ix)', lambda: hex(Ix())), ('divmod(15, Ix)', lambda: divmod(15, Ix())),
    ('round(Fl)', lambda: round(Fl())),
    ('eval bytes', lambda: eval(b'1 + 2')), ('eval bytearray', lambda: eval(bytearray(b'3 * 4'))),
    ('eval memoryview', lambda: eval(memoryview(b'10 // 3'))),
    ('compile bytes', lambda: eval(compile(b'5 + 5', '<s>', 'eval'))),
    ('eval utf-8', lambda: eval('"\u00e9"'.encode('utf-8'))),
    ('eval latin-1 cookie', lambda: eval(b'# -*- coding: latin-1 -*-\n"\xe9"')),
    ('eval bom', lambda: eval(b'\xef\xbb\xbf"bom"')),
    ('eval list', lambda: eval(['1'])),
]
for label, f in checks:
    attempt(label, f)
exec(b'print("exec of bytes")')
exec(bytearray(b'x = 1\nprint("exec of bytearray", x + 1)'))
exec(compile(bytearray(b'print("compiled bytearray")'), '<s>', 'exec'))
x = [1]
x *= Ix()
print(x)


class FSub(float):
    pass


class ISub(int):
    pass


print(math.trunc(FSub(2.5)), math.floor(FSub(2.5)), math.trunc(True), math.trunc(ISub(4)))
print(math.ceil(ISub(4)), float(FSub(1.5)), int(FSub(2.7)), complex(FSub(1.5)))
