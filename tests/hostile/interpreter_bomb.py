# expect: raises InterpreterError or timeout
import interpreters
keep = []
while True:
    keep.append(interpreters.create())
