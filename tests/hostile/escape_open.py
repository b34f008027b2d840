# expect: raises PermissionError
open("/etc/passwd").read()
