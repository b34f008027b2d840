# sys: version and float information as struct sequences, the standard streams.
import sys
print(sys.version_info[:2], sys.version_info >= (3, 8), sys.version_info.major)
print(sys.version_info.minor, sys.version_info.releaselevel, len(sys.version_info))
major, minor, *rest = sys.version_info
print(major, minor, rest, tuple(sys.version_info)[:2])
print(type(sys.version_info).__name__, sys.version_info)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.float_info)
print(sys.int_info.bits_per_digit, sys.hash_info.width, sys.hash_info.modulus, sys.hash_info.inf)
print(sys.maxsize, sys.maxsize == 2**63 - 1, sys.float_repr_style, sys.getdefaultencoding())
n = sys.stdout.write('written\n')
print(n)
sys.stdout.writelines(['a', 'b', '\n'])
old = sys.getrecursionlimit()
sys.setrecursionlimit(120)
print(sys.getrecursionlimit())
sys.setrecursionlimit(old)
for bad in (-1, 'x'):
    try:
        sys.setrecursionlimit(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    sys.exit(3)
except SystemExit as e:
    print('SystemExit', e.code)
