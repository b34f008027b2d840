# expect: timeout
import json
def default(o):
    while True:
        pass
json.dumps(object(), default=default)
