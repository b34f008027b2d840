# expect: raises PermissionError
# signal imports (its names and numbers), but no handler can be installed.
import signal
signal.signal(signal.SIGTERM, lambda *a: None)
