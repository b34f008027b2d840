# Notes added with add_note() print after the exception message, one line each.
def validate(record):
    if "id" not in record:
        err = KeyError("id")
        err.add_note(f"while validating {record!r}")
        raise err
    return record["id"]


try:
    validate({"name": "x"})
except KeyError as e:
    print("caught", repr(e), e.__notes__)

try:
    validate({})
except KeyError as e:
    e.add_note("second note")
    raise
