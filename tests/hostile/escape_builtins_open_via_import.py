# expect: raises FileNotFoundError
# A file written through builtins.open lands in the interpreter's own file system, not the
# host's: the host's files stay out of reach however open is found.
__import__("builtins").open("x", "w").write("data")
assert open("x").read() == "data"
open("/proc/self/environ")
