# More of CPython's pure-Python modules that programs import: getopt, optparse, tokenize,
# glob's pattern helpers, quopri, gettext's fallbacks, locale's C-locale formatting and
# platform's version queries.
import getopt
import gettext
import glob
import io
import locale
import optparse
import platform
import quopri
import token
import tokenize

print(getopt.getopt(['-a', '-b', 'val', '--long=x', 'rest'], 'ab:', ['long=']))
print(getopt.getopt(['-abval', '--flag', '--', '-x'], 'ab:', ['flag']))
print(getopt.gnu_getopt(['x', '-a', 'y', '--num', '3'], 'a', ['num=']))
for argv in (['-z'], ['--long'], ['-b']):
    try:
        getopt.getopt(argv, 'ab:', ['long='])
    except getopt.GetoptError as e:
        print('GetoptError', e, e.opt)

p = optparse.OptionParser(prog='op', usage='%prog [options] files')
p.add_option('-n', '--num', type='int', default=1, dest='num', help='a number')
p.add_option('-q', action='store_true', dest='quiet', default=False)
p.add_option('--name', choices=['a', 'b'])
opts, args = p.parse_args(['-n', '3', 'a', '-q', '--name=b'])
print(opts.num, opts.quiet, opts.name, args)
print(p.format_help())

src = 'def f(x):\n    return x * 2  # double\n\nprint(f("a"), 1.5e3)\n'
for t in tokenize.generate_tokens(io.StringIO(src).readline):
    print(token.tok_name[t.type], repr(t.string), t.start, t.end)
print(tokenize.untokenize([(t.type, t.string) for t in
                           tokenize.generate_tokens(io.StringIO('a=1\n').readline)]))
print(token.ISTERMINAL(token.NAME), token.NAME, token.OP, token.EXACT_TOKEN_TYPES['+'])

print(glob.glob('no_such_dir_*/*.nothing'), glob.escape('a*[b]?'), glob.has_magic('a*'),
      glob.has_magic('plain'))
print(quopri.encodestring(b'caf\xe9 = ok\n'), quopri.decodestring(b'caf=E9=\nx'))
print(gettext.gettext('hello'), gettext.ngettext('one', 'many', 2), gettext.ngettext('one', 'many', 1))
t = gettext.NullTranslations()
print(t.gettext('x'), t.ngettext('a', 'b', 3))
print(locale.format_string('%d', 1234567, grouping=True), locale.str(1.5), locale.atof('2.5'),
      locale.atoi('42'), locale.localeconv()['decimal_point'], locale.normalize('en_us.utf8'))
print(platform.python_version(), platform.python_version_tuple(),
      platform.python_implementation())
