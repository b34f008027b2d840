# CPython's own datetime (the pure module), patched to the C module's messages.
from datetime import date, datetime, time, timedelta, timezone, tzinfo, MINYEAR, MAXYEAR
import datetime as dt

d = date(2024, 2, 28)
print(d + timedelta(days=2), d - date(2023, 12, 25), d.replace(day=1), d.toordinal(),
      date.fromordinal(738000), d.weekday(), d.isoweekday(), d.isocalendar(), d.ctime())
print(d.strftime('%A %d %B %Y, day %j, week %U/%W, %a %b %y %m'), format(d, '%d/%m'), f'{d:%Y}')
print(date.fromisoformat('2021-03-04'), date.fromisocalendar(2020, 53, 7), date(2024, 1, 1) < d,
      d.timetuple()[:3], date.min, date.max, date.resolution)
t = time(13, 5, 9, 250000)
print(t, repr(t), t.isoformat('milliseconds'), t.strftime('%I:%M %p'), time.fromisoformat('04:23:01.000384'),
      t.replace(hour=1), time(), bool(time()))
x = datetime(2023, 12, 31, 23, 59, 30, 500)
print(x + timedelta(seconds=45), repr(x), x.isoformat(), x.isoformat(sep=' ', timespec='seconds'),
      x.date(), x.time(), x.timestamp() if x.tzinfo else None, datetime.combine(d, t))
print(datetime.fromisoformat('2011-11-04T00:05:23+04:00'),
      datetime(2020, 1, 1, tzinfo=timezone.utc).timestamp(), datetime.fromtimestamp(86400 * 365, tz=timezone.utc))
td = timedelta(days=-1, seconds=5, microseconds=7)
print(td, repr(td), td.total_seconds(), abs(td), td * 3, td / 2, timedelta(hours=5) // timedelta(hours=2),
      timedelta(hours=5) % timedelta(hours=2), divmod(timedelta(hours=5), timedelta(hours=2)), -td,
      timedelta(weeks=1, minutes=90), repr(timedelta(0)), timedelta.max, timedelta(milliseconds=1.5))
tz = timezone(timedelta(hours=5, minutes=30), 'IST')
a = datetime(2024, 3, 10, 12, 0, tzinfo=tz)
print(a, repr(tz), tz, timezone.utc, repr(timezone(timedelta(hours=-3))), a.utcoffset(), a.tzname(),
      a.astimezone(timezone.utc), a.utctimetuple()[:6], a == datetime(2024, 3, 10, 6, 30, tzinfo=timezone.utc))

class Fixed(tzinfo):
    def utcoffset(self, d):
        return timedelta(hours=-7)
    def dst(self, d):
        return timedelta(0)
    def tzname(self, d):
        return 'MST'
m = datetime(2024, 7, 1, 9, tzinfo=Fixed())
print(m, m.strftime('%H:%M %Z %z'), m.astimezone(timezone.utc), m.dst(), m.timetuple().tm_isdst)
print(sorted([date(2024, 1, 2), date(2023, 5, 5), date(2024, 1, 1)]), hash(d) == hash(date(2024, 2, 28)),
      {d: 1}[date(2024, 2, 28)], isinstance(x, date), issubclass(datetime, date))
for bad in (lambda: date(2024, 2, 30), lambda: date(2023, 13, 1), lambda: date(0, 1, 1),
            lambda: time(25, 0), lambda: time(1, 60), lambda: time(1, 1, 61),
            lambda: time(1, 1, 1, 1000000), lambda: datetime(2024, 1, 1, 24),
            lambda: timedelta(days=1000000000), 
            lambda: date.fromisoformat('nope'),
            lambda: timezone(timedelta(hours=24)), lambda: time(1, fold=2),
            lambda: date.max + timedelta(days=1), lambda: datetime.max + timedelta(days=1),
            lambda: datetime(2024, 1, 1) < datetime(2024, 1, 1, tzinfo=timezone.utc),
            lambda: datetime(2024, 1, 1) - datetime(2024, 1, 1, tzinfo=timezone.utc)):
    try:
        bad()
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
