import time

t0 = time.time()
m0 = time.monotonic()
p0 = time.perf_counter()
time.sleep(0.01)
print(time.time() >= t0, time.monotonic() - m0 >= 0.01, time.perf_counter() > p0)
print(type(time.time_ns()), type(time.monotonic_ns()), time.time_ns() > 1_600_000_000 * 10**9)
for secs in [0, 86399, 951782400, 1700000000, 1709251199, -1, -86400 * 365, 4102444800, 1234567890.75]:
    g = time.gmtime(secs)
    print(secs, tuple(g), g.tm_year, g.tm_yday, g.tm_wday)
g = time.gmtime(1700000000)
print(g)
print(g[0], g[-1], len(g), list(g)[:3], g == tuple(g))
print(time.strftime("%Y-%m-%d %H:%M:%S", g), time.strftime("%a %A %b %B %j %p %I %y %w %%", g))
print(time.strftime("%d/%m/%Y", (2024, 2, 29, 13, 5, 9, 3, 60, 0)), time.strftime("%U %W", g))
print(time.asctime(g), time.ctime(0), time.mktime(g), time.mktime((2000, 1, 1, 0, 0, 0, 0, 1, 0)))
print(time.strftime("%H:%M", time.gmtime(3600 * 5 + 60 * 7)))
for bad in [lambda: time.sleep(-1), lambda: time.sleep("x"), lambda: time.strftime(5)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
