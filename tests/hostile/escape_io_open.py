# expect: raises FileNotFoundError
# io.open is the same in-memory file system as open: no host file is reachable.
import io
io.open("/etc/passwd")
