# expect: timeout
import interpreters
q = interpreters.create_queue()
while True:
    q.put("x" * 10000)
