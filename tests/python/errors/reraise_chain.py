# A bare raise inside nested handlers, with a finally that still prints.
def step(n):
    if n == 3:
        raise ValueError("step " + str(n) + " failed")
    return n * 10


def run(limit):
    results = []
    try:
        for n in range(limit):
            try:
                results.append(step(n))
            except ValueError:
                print("cleaning up after step", n)
                raise
    finally:
        print("results so far", results)
    return results


run(5)
