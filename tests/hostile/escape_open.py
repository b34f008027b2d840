# expect: raises FileNotFoundError
# The interpreter's files are its own, in memory: the host's /etc/passwd is not among them.
open("/etc/passwd").read()
