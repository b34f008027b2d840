import calendar
print(calendar.isleap(2024), calendar.isleap(1900), calendar.leapdays(2000, 2025))
print(calendar.monthrange(2024, 2), calendar.weekday(2024, 7, 4), calendar.day_name[0], calendar.month_name[12], calendar.month_abbr[1], calendar.day_abbr[6])
print(calendar.month(2024, 2))
print(calendar.monthcalendar(2023, 10))
print(calendar.TextCalendar(calendar.SUNDAY).formatmonth(2025, 3))
print(list(calendar.Calendar().itermonthdays(2024, 1))[:10])
print(calendar.timegm((2024, 1, 1, 0, 0, 0)), calendar.MONDAY, list(calendar.day_abbr))
print(calendar.calendar(2024)[:200])
