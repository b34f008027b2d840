"""isola's stand-in for pyperf, just enough to run pyperformance's benchmarks unmodified.

`cargo xtask bench` runs each `bm_*/run_benchmark.py` with this module first on the import
path, under CPython and both isola backends alike, and times the whole process. So this
module measures nothing itself: each benchmark function runs a fixed number of loops, given
as `--loops N` on the command line (1 if absent), and one line naming the benchmark and its
loop count is printed, the same on every engine, so that outputs can be compared.

What the benchmarks use of pyperf: `Runner` (`metadata`, `argparser`, `parse_args`,
`bench_func`, `bench_time_func`, `bench_async_func`) and `perf_counter`. The argument parser
only records each option's default: the benchmarks run with their default parameters, and the
real argparse need not exist.
"""

import sys
from time import perf_counter

__all__ = ["Runner", "perf_counter", "python_implementation"]


def python_implementation():
    """The implementation's name in lower case, as pyperf reports it."""
    return sys.implementation.name.lower()


class Namespace:
    """The options a benchmark declared, each set to its default."""

    def __repr__(self):
        items = ", ".join("%s=%r" % item for item in sorted(vars(self).items()))
        return "Namespace(%s)" % items


class ArgumentParser:
    """Records `add_argument` calls; `parse_args` returns their defaults."""

    def __init__(self):
        self._defaults = {}

    def add_argument(self, *names, **options):
        dest = options.get("dest") or _dest_of(names)
        action = options.get("action")
        if "default" in options:
            default = options["default"]
        elif action == "store_true":
            default = False
        elif action == "store_false":
            default = True
        else:
            default = None
        self._defaults[dest] = default

    def parse_args(self, args=None):
        namespace = Namespace()
        for dest, default in self._defaults.items():
            setattr(namespace, dest, default)
        return namespace


def _dest_of(names):
    """argparse's attribute name: the first long option, else the first name, without dashes."""
    longs = [name for name in names if name.startswith("--")]
    name = longs[0] if longs else names[0]
    return name.lstrip("-").replace("-", "_")


def _loops_from_argv(argv):
    """The N of `--loops N` or `--loops=N` in argv; 1 when absent."""
    for index, arg in enumerate(argv):
        if arg == "--loops" and index + 1 < len(argv):
            return int(argv[index + 1])
        if arg.startswith("--loops="):
            return int(arg[len("--loops="):])
    return 1


class Runner:
    """Runs each benchmark function `--loops` times and prints one line per benchmark."""

    def __init__(self, values=None, processes=None, loops=None, min_time=None,
                 metadata=None, show_name=True, program_args=None,
                 add_cmdline_args=None, **kwargs):
        self.metadata = dict(metadata or {})
        self.argparser = ArgumentParser()
        self.args = None
        self.loops = loops if loops else _loops_from_argv(sys.argv[1:])

    def parse_args(self, args=None):
        if self.args is None:
            self.args = self.argparser.parse_args(args)
        return self.args

    def _report(self, name):
        print("%s: %d loops" % (name, self.loops))

    def bench_func(self, name, func, *args, inner_loops=None, metadata=None):
        """Call `func(*args)` `loops` times."""
        self.parse_args()
        for _ in range(self.loops):
            func(*args)
        self._report(name)

    def bench_time_func(self, name, time_func, *args, inner_loops=None, metadata=None):
        """Call `time_func(loops, *args)` once; it runs the loops and returns their seconds."""
        self.parse_args()
        time_func(self.loops, *args)
        self._report(name)

    def bench_async_func(self, name, coro_func, *args, inner_loops=None, metadata=None):
        """Await `coro_func(*args)` `loops` times, in one event loop."""
        import asyncio

        self.parse_args()
        loops = self.loops

        async def main():
            for _ in range(loops):
                await coro_func(*args)

        asyncio.run(main())
        self._report(name)
