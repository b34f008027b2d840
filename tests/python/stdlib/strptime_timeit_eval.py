# datetime.strptime and time.strptime (CPython's _strptime), timeit, and compiled code run
# by eval and exec with a locals mapping apart from the globals.
import datetime
import time
import timeit

print(datetime.datetime.strptime('2024-03-01 10:20:30', '%Y-%m-%d %H:%M:%S'))
print(datetime.datetime.strptime('07/Dec/2026:13:05:00 +0100', '%d/%b/%Y:%H:%M:%S %z'))
print(datetime.datetime.strptime('Monday 5 January 2015', '%A %d %B %Y').date())
print(datetime.datetime.strptime('23:59:59.123456', '%H:%M:%S.%f').time())
print(datetime.date.fromisoformat('2020-02-29'), datetime.datetime.strptime('2020 60', '%Y %j').date())
t = time.strptime('2001-02-03', '%Y-%m-%d')
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_yday, t.tm_wday)
for bad in [('2024-13-01', '%Y-%m-%d'), ('10:20', '%H:%M:%S'), ('2024-01-01 extra', '%Y-%m-%d')]:
    try:
        datetime.datetime.strptime(*bad)
    except ValueError as e:
        print('ValueError', e)

print(timeit.timeit('sum(range(100))', number=50) >= 0)
print(len(timeit.repeat('x = [1, 2, 3]', repeat=3, number=10)))
timer = timeit.Timer('f(3)', setup='def f(n): return n * 2')
print(timer.timeit(number=5) >= 0, timer.autorange()[0] >= 1)

code = compile('scale * value', '<expr>', 'eval')
print(eval(code, {'scale': 3}, {'value': 14}), eval(code, {'scale': 2, 'value': 5}))
block = compile('total = base + 1\ndef twice(n):\n    return n * 2\nresult = twice(total)', '<block>', 'exec')
g, loc = {'base': 20}, {}
exec(block, g, loc)
print(sorted(loc), loc['result'], 'total' in g)
exec(block, g)
print(g['result'], sorted(k for k in g if not k.startswith('__')))
import time; t=time.strptime("2001-02-03 +0200","%Y-%m-%d %z"); print(t.tm_zone, t.tm_gmtoff, t, time.struct_time((1,2,3,4,5,6,7,8,9)).tm_zone)
import time; g=time.gmtime(0); print(g.tm_zone, g.tm_gmtoff, time.localtime(0).tm_zone, time.strftime("%Z", g))
