# argparse as command-line programs use it: positionals, options of each action, types,
# choices, groups, subcommands, help text, and the errors that end in SystemExit (their
# message captured from stderr).
import argparse
import contextlib
import io

p = argparse.ArgumentParser(prog='tool', description='A tool that does things.',
                            epilog='See the manual.')
p.add_argument('files', nargs='*', help='input files')
p.add_argument('-n', '--count', type=int, default=3, help='how many (default: %(default)s)')
p.add_argument('-v', '--verbose', action='count', default=0)
p.add_argument('-q', '--quiet', action='store_true')
p.add_argument('--mode', choices=['fast', 'slow'], default='fast')
p.add_argument('--ratio', type=float, metavar='R',
               help='the ratio of one thing to another, a number between zero and one that '
                    'decides how the work is shared out between the workers of the pool')
p.add_argument('--tag', action='append', dest='tags', default=[])
p.add_argument('--version', action='version', version='%(prog)s 1.0')
g = p.add_mutually_exclusive_group()
g.add_argument('--json', action='store_const', const='json', dest='fmt')
g.add_argument('--text', action='store_const', const='text', dest='fmt')
opts = p.add_argument_group('extra', 'Extra options')
opts.add_argument('--no-color', action='store_false', dest='color')

a = p.parse_args(['f1', 'f2', '-n', '5', '-vv', '--mode', 'slow', '--tag', 'x', '--tag=y',
                  '--ratio', '0.5', '--json'])
print(a)
print(sorted(vars(a).items()))
print(p.parse_args([]))
print(p.format_usage(), end='')
print(p.format_help())


def run(parser, argv):
    err = io.StringIO()
    out = io.StringIO()
    try:
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
            print(parser.parse_args(argv))
    except SystemExit as e:
        print('exit', e.code)
    print(out.getvalue() + err.getvalue(), end='')


run(p, ['--mode', 'medium'])
run(p, ['-n', 'many'])
run(p, ['--json', '--text'])
run(p, ['--bogus'])
run(p, ['--version'])
run(p, ['-h'])
ns, rest = p.parse_known_args(['--count', '2', '--unknown', 'u'])
print(ns.count, ns.files, rest)

s = argparse.ArgumentParser(prog='git')
sub = s.add_subparsers(dest='cmd', required=True)
c = sub.add_parser('commit', help='record changes')
c.add_argument('-m', '--message', required=True)
c.add_argument('--amend', action='store_true')
push = sub.add_parser('push', help='send changes')
push.add_argument('remote', nargs='?', default='origin')
push.set_defaults(func=lambda ns: 'pushing to ' + ns.remote)
print(s.parse_args(['commit', '-m', 'msg']))
ns = s.parse_args(['push'])
print(ns.cmd, ns.func(ns))
run(s, [])
run(s, ['commit'])
print(s.format_help())

f = argparse.ArgumentParser(prog='fmt', formatter_class=argparse.RawDescriptionHelpFormatter,
                            description='line one\n  line two', add_help=False)
f.add_argument('pair', nargs=2, type=int)
f.add_argument('rest', nargs=argparse.REMAINDER)
print(f.parse_args(['1', '2', '3', '--x']))
print(f.format_help())
d = argparse.ArgumentParser(prog='d', argument_default=argparse.SUPPRESS,
                            formatter_class=argparse.ArgumentDefaultsHelpFormatter)
d.add_argument('--size', type=int, default=10, help='the size')
print(d.parse_args([]), d.parse_args(['--size', '4']))
print(argparse.Namespace(a=1) == argparse.Namespace(a=1), 'a' in argparse.Namespace(a=1))
