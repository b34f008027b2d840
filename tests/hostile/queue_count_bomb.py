# expect: timeout or raises InterpreterError
import interpreters
while True:
    interpreters.create_queue()
