# expect: raises PermissionError
import io
io.open("/etc/passwd")
