# The Python half of the `time` module: struct_time and the calendar functions, in UTC (the
# sandbox has no local time zone), over the native clocks in time.rs.

timezone = 0
altzone = 0
daylight = 0
tzname = ('UTC', 'UTC')

_DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
_DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
_MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
                'September', 'October', 'November', 'December']
_FIELDS = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday',
           'tm_yday', 'tm_isdst')


# How many items a struct_time takes: 9 in sequence, then tm_zone and tm_gmtoff.
_STRUCT_TM_ITEMS = 11


class struct_time:
    n_fields = 11
    n_sequence_fields = 9
    n_unnamed_fields = 0

    def __init__(self, seq, zone=None, gmtoff=None):
        seq = tuple(seq)
        if len(seq) < 9:
            raise TypeError('time.struct_time() takes an at least 9-sequence '
                            '(%d-sequence given)' % len(seq))
        if len(seq) > 11:
            raise TypeError('time.struct_time() takes an at most 11-sequence '
                            '(%d-sequence given)' % len(seq))
        # The two named-only fields may come as the 10th and 11th items (as _strptime
        # gives them, None where the text named no zone).
        if len(seq) > 9:
            zone = seq[9]
            gmtoff = seq[10] if len(seq) > 10 else None
        self._t = seq[:9]
        self.tm_zone = zone
        self.tm_gmtoff = gmtoff

    def __getattr__(self, name):
        if name in _FIELDS:
            return self._t[_FIELDS.index(name)]
        raise AttributeError("'time.struct_time' object has no attribute '%s'" % name)

    def __getitem__(self, i):
        return self._t[i]

    def __len__(self):
        return 9

    def __iter__(self):
        return iter(self._t)

    def __eq__(self, other):
        if isinstance(other, struct_time):
            return self._t == other._t
        if isinstance(other, tuple):
            return self._t == other
        return NotImplemented

    def __lt__(self, other):
        return self._t < tuple(other)

    def __hash__(self):
        return hash(self._t)

    def __repr__(self):
        return 'time.struct_time(%s)' % ', '.join(
            '%s=%r' % (n, v) for n, v in zip(_FIELDS, self._t))

    def __reduce__(self):
        return struct_time, (self._t,)


def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _days_from_civil(y, m, d):
    y -= m <= 2
    era = (y if y >= 0 else y - 399) // 400
    yoe = y - era * 400
    doy = (153 * (m + (-3 if m > 2 else 9)) + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def _civil_from_days(z):
    z += 719468
    era = (z if z >= 0 else z - 146096) // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    y = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + (3 if mp < 10 else -9)
    return y + (m <= 2), m, d


def gmtime(secs=None):
    return _broken_down(secs, 'GMT')


def _broken_down(secs, zone):
    if secs is None:
        secs = time()
    if isinstance(secs, float):
        if secs != secs:
            raise ValueError('Invalid value NaN (not a number)')
        secs = int(secs // 1)
    elif not isinstance(secs, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(secs).__name__)
    days, rem = divmod(secs, 86400)
    y, m, d = _civil_from_days(days)
    hh, rem = divmod(rem, 3600)
    mm, ss = divmod(rem, 60)
    wday = (days + 3) % 7
    yday = days - _days_from_civil(y, 1, 1) + 1
    return struct_time((y, m, d, hh, mm, ss, wday, yday, 0), zone, 0)


def localtime(secs=None):
    # The sandbox's local time is UTC.
    return _broken_down(secs, 'UTC')


def _tuple(t):
    if t is None:
        return gmtime()
    if isinstance(t, struct_time):
        return t
    if not isinstance(t, tuple):
        raise TypeError('Tuple or struct_time argument required')
    return struct_time(t)


def mktime(t):
    t = _tuple(t)
    days = _days_from_civil(t[0], t[1], 1) + t[2] - 1
    return float(days * 86400 + t[3] * 3600 + t[4] * 60 + t[5])


def asctime(t=None):
    t = _tuple(t)
    return '%s %s %2d %02d:%02d:%02d %d' % (_DAYS[t[6]], _MONTHS[t[1] - 1], t[2], t[3], t[4],
                                           t[5], t[0])


def ctime(secs=None):
    return asctime(gmtime(secs))


def strftime(format, t=None):
    if not isinstance(format, str):
        raise TypeError('strftime() argument 1 must be str, not %s' % type(format).__name__)
    zone = getattr(t, 'tm_zone', None) or 'UTC'
    t = _tuple(t)
    y, mo, d, hh, mi, ss, wd, yd = t[0], t[1], t[2], t[3], t[4], t[5], t[6], t[7]
    if not 1 <= mo <= 12:
        raise ValueError('month out of range')
    out = []
    i = 0
    n = len(format)
    while i < n:
        c = format[i]
        if c != '%' or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        f = format[i + 1]
        i += 2
        if f == 'Y':
            out.append(str(y))
        elif f == 'm':
            out.append('%02d' % mo)
        elif f == 'd':
            out.append('%02d' % d)
        elif f == 'e':
            out.append('%2d' % d)
        elif f == 'H':
            out.append('%02d' % hh)
        elif f == 'I':
            out.append('%02d' % ((hh % 12) or 12))
        elif f == 'M':
            out.append('%02d' % mi)
        elif f == 'S':
            out.append('%02d' % ss)
        elif f == 'y':
            out.append('%02d' % (y % 100))
        elif f == 'C':
            out.append('%02d' % (y // 100))
        elif f == 'j':
            out.append('%03d' % yd)
        elif f == 'a':
            out.append(_DAYS[wd])
        elif f == 'A':
            out.append(_DAY_NAMES[wd])
        elif f == 'b' or f == 'h':
            out.append(_MONTHS[mo - 1])
        elif f == 'B':
            out.append(_MONTH_NAMES[mo - 1])
        elif f == 'p':
            out.append('AM' if hh < 12 else 'PM')
        elif f == 'w':
            out.append(str((wd + 1) % 7))
        elif f == 'u':
            out.append(str(wd + 1))
        elif f == 'Z':
            out.append(zone)
        elif f == 'z':
            out.append('+0000')
        elif f == 'c':
            out.append(asctime(t))
        elif f == 'x':
            out.append('%02d/%02d/%02d' % (mo, d, y % 100))
        elif f == 'X' or f == 'T':
            out.append('%02d:%02d:%02d' % (hh, mi, ss))
        elif f == 'D':
            out.append('%02d/%02d/%02d' % (mo, d, y % 100))
        elif f == 'F':
            out.append('%d-%02d-%02d' % (y, mo, d))
        elif f == 'R':
            out.append('%02d:%02d' % (hh, mi))
        elif f == 'n':
            out.append('\n')
        elif f == 't':
            out.append('\t')
        elif f == 'U':
            out.append('%02d' % ((yd + 6 - (wd + 1) % 7) // 7))
        elif f == 'W':
            out.append('%02d' % ((yd + 6 - wd) // 7))
        elif f == '%':
            out.append('%')
        else:
            out.append('%' + f)
    return ''.join(out)


def get_clock_info(name):
    raise ValueError('unknown clock')


def strptime(string, format='%a %b %d %H:%M:%S %Y'):
    """Parses `string` by `format` into a struct_time, through CPython's _strptime."""
    import _strptime
    return _strptime._strptime_time(string, format)


# CPython's time functions are built-in functions, which do not become methods when a class
# holds them (logging.Formatter has `converter = time.localtime`); as staticmethod objects,
# these behave the same.
for _name in ('gmtime', 'localtime', 'mktime', 'asctime', 'ctime', 'strftime',
              'get_clock_info', 'strptime'):
    globals()[_name] = staticmethod(globals()[_name])
del _name
