"""Locale settings: isola's version, which knows the C locale alone.

The sandbox reads no locale database from the host, so every category stays in the C (POSIX)
locale: names, number formats and collation are those of plain ASCII text. Asking for any
other locale raises `locale.Error`, as CPython does for a locale the system lacks.
"""

__all__ = ["getlocale", "getdefaultlocale", "getpreferredencoding", "getencoding", "Error",
           "setlocale", "localeconv", "strcoll", "strxfrm", "str", "atof", "atoi", "format_string",
           "currency", "normalize", "LC_CTYPE", "LC_COLLATE", "LC_TIME", "LC_MONETARY",
           "LC_NUMERIC", "LC_ALL", "LC_MESSAGES", "CHAR_MAX"]

# The categories, numbered as glibc numbers them.
LC_CTYPE = 0
LC_NUMERIC = 1
LC_TIME = 2
LC_COLLATE = 3
LC_MONETARY = 4
LC_MESSAGES = 5
LC_ALL = 6
CHAR_MAX = 127

_C_NAMES = (None, '', 'C', 'POSIX', 'C.UTF-8', 'C.utf8')


class Error(Exception):
    """A locale the sandbox does not have."""


def setlocale(category, locale=None):
    """Sets (or, with locale None, reads) a category's locale; only the C locale exists."""
    if not isinstance(category, int) or not LC_CTYPE <= category <= LC_ALL:
        raise Error('invalid locale category')
    if isinstance(locale, tuple):
        locale = '.'.join(part for part in locale if part)
    if locale not in _C_NAMES:
        raise Error('unsupported locale setting')
    return 'C'


def getlocale(category=LC_CTYPE):
    """(language code, encoding) of the category: (None, None) for the C locale."""
    if category == LC_ALL:
        raise TypeError('category LC_ALL is not supported')
    return (None, None)


def getdefaultlocale(envvars=('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE')):
    """The locale the environment asks for: there is no environment, so none."""
    return (None, None)


def getencoding():
    """The text encoding of the C locale as isola runs it."""
    return 'UTF-8'


def getpreferredencoding(do_setlocale=True):
    return 'UTF-8'


def normalize(localename):
    """The name as given: there is no alias table to consult."""
    return localename


def localeconv():
    """The C locale's number and currency conventions."""
    return {
        'decimal_point': '.', 'thousands_sep': '', 'grouping': [],
        'int_curr_symbol': '', 'currency_symbol': '', 'mon_decimal_point': '',
        'mon_thousands_sep': '', 'mon_grouping': [], 'positive_sign': '',
        'negative_sign': '', 'int_frac_digits': CHAR_MAX, 'frac_digits': CHAR_MAX,
        'p_cs_precedes': CHAR_MAX, 'p_sep_by_space': CHAR_MAX, 'n_cs_precedes': CHAR_MAX,
        'n_sep_by_space': CHAR_MAX, 'p_sign_posn': CHAR_MAX, 'n_sign_posn': CHAR_MAX,
    }


def strcoll(a, b):
    """Compares two strings by code point, as the C locale collates."""
    return (a > b) - (a < b)


def strxfrm(s):
    """The sort key of a string in the C locale: the string itself."""
    return s


def format_string(f, val, grouping=False, monetary=False):
    """`f % val`: the C locale groups no digits."""
    return f % val


def currency(val, symbol=True, grouping=False, international=False):
    raise ValueError("Currency formatting is not possible using the 'C' locale.")


def str(val):
    """A float as `%.12g` formats it, which is what CPython's locale.str gives in C."""
    return '%.12g' % val


def atof(string, func=float):
    return func(string)


def atoi(string):
    return int(string)
