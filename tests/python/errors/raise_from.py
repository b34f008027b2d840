# raise ... from ... shows both tracebacks joined by the cause message.
def parse_port(text):
    try:
        return int(text)
    except ValueError as err:
        raise RuntimeError("invalid port setting: " + repr(text)) from err


def load(settings):
    ports = []
    for item in settings:
        ports.append(parse_port(item))
        print("loaded", ports)
    return ports


load(["80", "443", "http"])
