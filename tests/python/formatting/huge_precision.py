# Huge widths and precisions: digits past a double's exact expansion are zeros, and counts
# too big for C raise as CPython raises them.
for spec in ['.70000f', '.70000e', '.70000g', '#.70000g', '.70000%', '.1100f', '.800e']:
    s = format(1.5, spec)
    print(spec, len(s), s[:12], s[-8:])
s = format(0.1, '.1200f')
print(len(s), s[:60], s.rstrip('0')[-10:])
s = format(2.0 ** -1074, '.1100f')
print(len(s), s.rstrip('0')[-20:])
s = format(2.0 ** -1074, '.900e')
print(len(s), s[:30], s[-12:])
s = '%.70000f' % 1.5
print(len(s), s[:6], s[-4:])
s = '%.*e' % (70000, -2.5)
print(len(s), s[:6], s[-10:])
s = '%.*d' % (70000, 7)
print(len(s), s[-3:])
s = format(1.5 + 2j, '.70000f')
print(len(s), s[:5], s[-4:])
s = format(10 ** 30, '.70000f')
print(len(s), s[:10])
for args in [(2 ** 31, 1), (10 ** 10, 1)]:
    for fmt in ['%.*d', '%.*f', '%.*s']:
        try:
            fmt % args
        except OverflowError as e:
            print(fmt, 'OverflowError:', e)
try:
    '%*d' % (10 ** 30, 1)
except OverflowError as e:
    print('OverflowError:', e)
for spec in ['.99999999999999999999f', '99999999999999999999', '.2147483648f']:
    try:
        format(1.5, spec)
    except ValueError as e:
        print(spec, 'ValueError:', e)
print(round(1.5, 70000), round(2.5, 400), round(1e300, -400))
