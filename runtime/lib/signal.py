"""Signals in the sandbox: the names, numbers and enums programs read (Linux's), and handlers
that cannot be installed. Ctrl-C reaches a program as KeyboardInterrupt from the host; nothing
else delivers signals, and installing a handler, sending a signal or arming a timer raises
PermissionError, as process control does in os."""

from enum import IntEnum as _IntEnum

__all__ = ['Signals', 'Handlers', 'Sigmasks', 'NSIG', 'SIG_DFL', 'SIG_IGN', 'default_int_handler',
           'getsignal', 'signal', 'strsignal', 'valid_signals', 'raise_signal', 'alarm', 'pause',
           'setitimer', 'getitimer', 'siginterrupt', 'set_wakeup_fd', 'pthread_kill',
           'pthread_sigmask', 'sigpending', 'sigwait', 'ItimerError']

# (name, number, description as strsignal gives it) for Linux.
_TABLE = (
    ('SIGHUP', 1, 'Hangup'), ('SIGINT', 2, 'Interrupt'), ('SIGQUIT', 3, 'Quit'),
    ('SIGILL', 4, 'Illegal instruction'), ('SIGTRAP', 5, 'Trace/breakpoint trap'),
    ('SIGABRT', 6, 'Aborted'), ('SIGBUS', 7, 'Bus error'),
    ('SIGFPE', 8, 'Floating point exception'), ('SIGKILL', 9, 'Killed'),
    ('SIGUSR1', 10, 'User defined signal 1'), ('SIGSEGV', 11, 'Segmentation fault'),
    ('SIGUSR2', 12, 'User defined signal 2'), ('SIGPIPE', 13, 'Broken pipe'),
    ('SIGALRM', 14, 'Alarm clock'), ('SIGTERM', 15, 'Terminated'),
    ('SIGSTKFLT', 16, 'Stack fault'), ('SIGCHLD', 17, 'Child exited'),
    ('SIGCONT', 18, 'Continued'), ('SIGSTOP', 19, 'Stopped (signal)'),
    ('SIGTSTP', 20, 'Stopped'), ('SIGTTIN', 21, 'Stopped (tty input)'),
    ('SIGTTOU', 22, 'Stopped (tty output)'), ('SIGURG', 23, 'Urgent I/O condition'),
    ('SIGXCPU', 24, 'CPU time limit exceeded'), ('SIGXFSZ', 25, 'File size limit exceeded'),
    ('SIGVTALRM', 26, 'Virtual timer expired'), ('SIGPROF', 27, 'Profiling timer expired'),
    ('SIGWINCH', 28, 'Window changed'), ('SIGIO', 29, 'I/O possible'),
    ('SIGPWR', 30, 'Power failure'), ('SIGSYS', 31, 'Bad system call'),
    ('SIGRTMIN', 34, 'Real-time signal 0'), ('SIGRTMAX', 64, 'Real-time signal 30'),
)

Signals = _IntEnum('Signals', [(name, number) for name, number, _ in _TABLE], module=__name__)
Handlers = _IntEnum('Handlers', [('SIG_DFL', 0), ('SIG_IGN', 1)], module=__name__)
Sigmasks = _IntEnum('Sigmasks', [('SIG_BLOCK', 0), ('SIG_UNBLOCK', 1), ('SIG_SETMASK', 2)],
                    module=__name__)
globals().update(Signals.__members__)
globals().update(Handlers.__members__)
globals().update(Sigmasks.__members__)
SIGIOT = Signals.SIGABRT
SIGPOLL = Signals.SIGIO
SIGCLD = Signals.SIGCHLD
NSIG = 65
ITIMER_REAL = 0
ITIMER_VIRTUAL = 1
ITIMER_PROF = 2
_DESCRIPTIONS = {number: text for _, number, text in _TABLE}


class ItimerError(OSError):
    pass


def default_int_handler(signalnum, frame, /):
    """The handler of SIGINT: raises KeyboardInterrupt."""
    raise KeyboardInterrupt


def _number(signalnum):
    n = int(signalnum)
    if not 1 <= n < NSIG:
        raise ValueError('signal number out of range')
    return n


def getsignal(signalnum, /):
    """The handler of a signal: default_int_handler for SIGINT, SIG_DFL for the others."""
    n = _number(signalnum)
    return default_int_handler if n == 2 else Handlers.SIG_DFL


def strsignal(signalnum, /):
    n = _number(signalnum)
    if 34 < n < 64:
        return 'Real-time signal %d' % (n - 34)
    return _DESCRIPTIONS.get(n)


def valid_signals():
    return {n for n in range(1, NSIG) if n not in (32, 33)}


def _refused(name):
    def refused(*args, **kwargs):
        raise PermissionError(1, "Operation not permitted: signal.%s is not available in the "
                                 "sandbox" % name)
    refused.__name__ = refused.__qualname__ = name
    return refused


for _name in ('signal', 'raise_signal', 'alarm', 'pause', 'setitimer', 'getitimer',
              'siginterrupt', 'set_wakeup_fd', 'pthread_kill', 'pthread_sigmask', 'sigpending',
              'sigwait', 'sigwaitinfo', 'sigtimedwait'):
    globals()[_name] = _refused(_name)
del _name
