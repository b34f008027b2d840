import cmath
import uuid


def r(z):
    # Rounded: cmath goes through log/exp/sin, whose last bit may differ between C libms.
    if isinstance(z, complex):
        return (round(z.real, 12), round(z.imag, 12))
    if isinstance(z, tuple):
        return tuple(r(x) for x in z)
    return round(z, 12)


for z in [1 + 2j, -1 + 0.5j, 0.5 - 3j, 2, -4, 0.5j, -2.5 - 0.25j, 0.1 + 0.1j]:
    print(z, cmath.sqrt(z), r(cmath.exp(z)), r(cmath.log(z)), r(cmath.log10(z)), r(cmath.log(z, 2)))
    print(" ", r(cmath.sin(z)), r(cmath.cos(z)), r(cmath.tan(z)))
    print(" ", r(cmath.sinh(z)), r(cmath.cosh(z)), r(cmath.tanh(z)))
    print(" ", r(cmath.asin(z)), r(cmath.acos(z)), r(cmath.atan(z)))
    print(" ", r(cmath.asinh(z)), r(cmath.acosh(z)), r(cmath.atanh(z)))
    # abs() of a complex is the platform hypot, whose last digit can differ under wasm32.
    print(" ", r(cmath.phase(z)), r(cmath.polar(z)), r(abs(z)))
print(r(cmath.rect(2, cmath.pi / 4)), cmath.rect(1, 0), cmath.pi, cmath.e, cmath.inf, cmath.infj, cmath.nanj)
print(cmath.isfinite(1 + 1j), cmath.isinf(complex(float("inf"), 0)), cmath.isnan(complex(0, float("nan"))), cmath.isclose(1 + 1j, 1 + 1.0000000001j))
print(cmath.sqrt(-1), cmath.sqrt(0j), cmath.exp(0), cmath.phase(-1))
for bad in [lambda: cmath.log(0), lambda: cmath.sqrt("x"), lambda: cmath.atanh(1)]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

u = uuid.UUID("12345678-1234-5678-1234-567812345678")
print(u, repr(u), u.hex, u.int, u.version, u.variant, u.urn, u.bytes, u.fields, u.time_low, u.node)
print(uuid.UUID(int=1), uuid.UUID(bytes=bytes(range(16))), uuid.UUID("{12345678123456781234567812345678}") == u)
print(uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid5(uuid.NAMESPACE_URL, "http://x"))
a = uuid.uuid4()
b = uuid.uuid4()
print(a != b, a.version, len(str(a)), str(a)[14], a.variant, uuid.uuid1().version, isinstance(a, uuid.UUID))
print(sorted([uuid.UUID(int=3), uuid.UUID(int=1)]), hash(uuid.UUID(int=5)) == hash(uuid.UUID(int=5)), str(uuid.UUID(int=0)))
for bad in [lambda: uuid.UUID("xyz"), lambda: uuid.UUID(), lambda: uuid.UUID(int=-1)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    u.int = 5
except TypeError as e:
    print("TypeError", e)
