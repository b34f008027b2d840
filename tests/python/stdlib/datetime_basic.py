from datetime import date, time, datetime, timedelta, timezone, MINYEAR, MAXYEAR
import datetime as dt

d = date(2024, 2, 28)
print(d, repr(d), d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.isoformat(), d.isocalendar())
print(d + timedelta(days=2), d - date(2023, 12, 25), d.replace(day=1), d.toordinal(), date.fromordinal(738000))
print(date.fromisoformat('2021-07-04'), d.strftime('%A %d %B %Y, day %j, week %U/%W'), d.ctime())
print(d < date(2024, 3, 1), d == date(2024, 2, 28), max(d, date(2020, 1, 1)), hash(d) == hash(date(2024, 2, 28)))
t = time(13, 5, 9, 250)
print(t, repr(t), t.hour, t.isoformat(), t.isoformat('minutes'), t.strftime('%I:%M %p'), time(), time.fromisoformat('08:30:15'))
x = datetime(2024, 12, 31, 23, 59, 30)
print(x, repr(x), x + timedelta(seconds=45), x.date(), x.time(), x.isoformat(), x.isoformat(' ', 'seconds'))
print(x.strftime('%Y-%m-%d %H:%M:%S'), x.strftime('%a %b %d %y %%'), f'{x:%d/%m/%Y}', x.timetuple()[:6])
print(datetime.fromisoformat('2020-05-17T10:20:30.123456'), datetime.combine(d, t), datetime(2020, 1, 1) - datetime(2019, 1, 1))
print(datetime.strptime if False else '', x.replace(year=2000), x.weekday(), x.timestamp() if False else '')
td = timedelta(days=1, hours=2, minutes=3, seconds=4, microseconds=5)
print(td, repr(td), td.total_seconds(), td.days, td.seconds, td.microseconds, -td, abs(-td))
print(timedelta(weeks=2) // timedelta(days=3), timedelta(hours=5) / 2, timedelta(hours=1) * 3, timedelta(0), timedelta(seconds=-1))
print(timedelta(days=400) > timedelta(days=1), sum([timedelta(hours=8)] * 4, timedelta()), timedelta(minutes=90) % timedelta(hours=1))
u = datetime(2024, 1, 1, 12, 0, tzinfo=timezone.utc)
print(u, u.isoformat(), u.tzname(), u.utcoffset(), u.astimezone(timezone(timedelta(hours=-5))))
est = timezone(timedelta(hours=-5), 'EST')
print(est, repr(timezone.utc), datetime(2024, 6, 1, tzinfo=est).strftime('%H:%M %Z %z'), u == u.astimezone(est))
print(MINYEAR, MAXYEAR, date.max, date.min, timedelta.max, dt.date(2000, 1, 1).isoformat())
for bad in [lambda: date(2023, 2, 29), lambda: time(25), lambda: datetime(2020, 13, 1), lambda: date.fromisoformat('2020-1-1')]:
    try:
        bad()
    except ValueError as e:
        print('ValueError', e)
try:
    date(2020, 1, 1) - 5
except TypeError as e:
    print('TypeError')
print(type(datetime.now()).__name__, datetime.now().year >= 2024, date.today() == datetime.now().date())
