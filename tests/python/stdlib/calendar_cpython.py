# CPython's own calendar over isola's C-only locale module.
import calendar
import locale

print(calendar.month(2024, 2))
print(calendar.TextCalendar(calendar.SUNDAY).formatmonth(2023, 12, w=3, l=1))
print(calendar.calendar(2024, w=2, l=1, c=6, m=3)[:400])
print(calendar.monthrange(2024, 2), calendar.isleap(2000), calendar.isleap(1900), calendar.leapdays(1900, 2025),
      calendar.weekday(2024, 7, 4), calendar.timegm((2024, 1, 1, 0, 0, 0)))
print(calendar.monthcalendar(2024, 3))
print(list(calendar.day_name), list(calendar.day_abbr), list(calendar.month_name)[1:4], list(calendar.month_abbr)[-3:])
c = calendar.Calendar(firstweekday=6)
print([d.isoformat() for d in c.itermonthdates(2024, 2)][:9], list(c.iterweekdays()))
print(c.monthdays2calendar(2024, 2)[0], c.yeardayscalendar(2024, width=4)[0][0][0])
html = calendar.HTMLCalendar().formatmonth(2024, 1)
print(html.splitlines()[:4], len(html))
print(calendar.LocaleTextCalendar(locale='C').formatmonthname(2024, 5, 20))
calendar.setfirstweekday(calendar.WEDNESDAY)
print(calendar.firstweekday(), calendar.weekheader(3))
print(calendar.prmonth(2021, 8) is None)
try:
    calendar.setfirstweekday(9)
except calendar.IllegalWeekdayError as e:
    print('IllegalWeekdayError', e)
try:
    calendar.monthrange(2024, 13)
except calendar.IllegalMonthError as e:
    print('IllegalMonthError', e)
print(locale.setlocale(locale.LC_TIME, None), locale.localeconv()['decimal_point'], locale.strcoll('a', 'b'),
      locale.format_string('%d items', 5), locale.atof('2.5'), locale.str(1 / 3))
