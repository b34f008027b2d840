# The spectral-norm benchmark (pyperformance's bm_spectral_norm, from the Computer Language
# Benchmarks Game): the largest eigenvalue of an infinite matrix by the power method. Nested
# function calls, tuple arguments, list comprehensions, enumerate and zip over floats.

DEFAULT_N = 100


def eval_A(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def eval_times_u(func, u):
    return [func((i, u)) for i in range(len(list(u)))]


def eval_AtA_times_u(u):
    return eval_times_u(part_At_times_u, eval_times_u(part_A_times_u, u))


def part_A_times_u(i_u):
    i, u = i_u
    partial_sum = 0
    for j, u_j in enumerate(u):
        partial_sum += eval_A(i, j) * u_j
    return partial_sum


def part_At_times_u(i_u):
    i, u = i_u
    partial_sum = 0
    for j, u_j in enumerate(u):
        partial_sum += eval_A(j, i) * u_j
    return partial_sum


def spectral_norm(n):
    u = [1] * n

    for dummy in range(10):
        v = eval_AtA_times_u(u)
        u = eval_AtA_times_u(v)

    vBv = vv = 0

    for ue, ve in zip(u, v):
        vBv += ue * ve
        vv += ve * ve

    return (vBv / vv) ** 0.5


print("%.9f" % spectral_norm(DEFAULT_N))
