# A handler of except* that raises: the new exception joins the unhandled rest in a group.
def work():
    try:
        raise ExceptionGroup("batch", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise KeyError("handler failed")
work()
