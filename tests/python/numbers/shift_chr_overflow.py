# Which error a too-large shift or chr() argument raises: CPython converts to a C int first.
for e in ["chr(-(2**63))", "chr(2**63)", "chr(-1)", "chr(2**31)", "7 << 10**20", "0 << 10**20", "1 << 2**63", "1 << 2**64", "1 << 2**65", "1 << 2**66", "-1 >> 10**20", "7 >> 10**20", "2 << -1"]:
    try:
        print(eval(e))
    except Exception as ex:
        print(type(ex).__name__, ex)
