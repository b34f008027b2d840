# expect: timeout
import interpreters
while True:
    interpreters.create_queue()
