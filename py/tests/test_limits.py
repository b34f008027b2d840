"""Limits end a run with LimitExceeded naming the limit; a crash of the interpreter itself is
InterpreterCrashed, and the interpreter goes on in a fresh instance."""

import pytest

import isola


@pytest.mark.parametrize("backend", ["native", "wasmtime"])
def test_each_limit_names_its_kind(backend):
    cases = [
        (isola.Limits(max_instructions=200_000), "while True: pass", "instructions"),
        (isola.Limits(timeout=0.2), "while True: pass", "timeout"),
        (isola.Limits(max_memory=8 << 20), "x = []\nwhile True: x.append('y' * 1000)", "memory"),
        (isola.Limits(max_output=100), "while True: print('spam')", "output"),
    ]
    for limits, code, kind in cases:
        rt = isola.Runtime(backend, limits=limits)
        with rt.create(capture=True) as interp:
            interp.exec("kept = 1")
            with pytest.raises(isola.LimitExceeded) as caught:
                interp.exec(code)
            assert caught.value.kind == kind, caught.value
            assert isinstance(caught.value, isola.Error)
            assert caught.value.detail
            if kind in ("timeout", "memory"):
                # These limits are per call: the interpreter goes on, globals intact.
                interp.exec("del x" if kind == "memory" else "pass")
                assert interp.eval("kept") == 1


def test_recursion_is_a_catchable_python_error():
    rt = isola.Runtime("native", limits=isola.Limits(max_recursion=50))
    with rt.create() as interp:
        with pytest.raises(isola.ExecutionFailed) as caught:
            interp.exec("def f(n): return f(n + 1)\nf(0)")
        assert caught.value.type_name == "RecursionError"


def test_a_crash_is_interpreter_crashed_and_the_interpreter_restarts_fresh():
    rt = isola.Runtime("wasmtime", instance_memory=48 << 20)
    with rt.create(capture=True) as interp:
        interp.exec("kept = 1")
        with pytest.raises(isola.InterpreterCrashed):
            interp.exec("x = [str(i) * 8 for i in range(10**8)]")
        with pytest.raises(isola.ExecutionFailed) as caught:
            interp.exec("kept")
        assert caught.value.type_name == "NameError"
        assert interp.eval("1 + 1") == 2
