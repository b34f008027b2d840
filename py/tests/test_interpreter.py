"""Interpreter: exec, eval, run, call, prepare_main, close; values; errors; output. Each test
runs on both backends (see conftest.py)."""

import enum
import sys

import pytest

import isola


def test_globals_persist_between_calls(interp):
    interp.exec("x = 40")
    interp.exec("x += 2")
    assert interp.eval("x") == 42
    assert interp.run("y = x\ny + 1") == 43


def test_call_with_args_and_kwargs(interp):
    interp.exec("def f(a, b=0, *, c=1):\n    return [a, b, c]\nclass K:\n    def m(self): return 'm'\nk = K()")
    assert interp.call("f", 1) == [1, 0, 1]
    assert interp.call("f", 1, 2, c=3) == [1, 2, 3]
    assert interp.call("k.m") == "m"
    with pytest.raises(isola.ExecutionFailed) as caught:
        interp.call("missing")
    assert caught.value.type_name == "NameError"


def test_prepare_main_binds_copies(interp):
    data = {"k": [1, 2]}
    interp.prepare_main({"data": data}, n=3)
    interp.exec("data['k'].append(n)")
    assert interp.eval("data") == {"k": [1, 2, 3]}
    assert data == {"k": [1, 2]}


class Color(enum.IntEnum):
    RED = 1


VALUES = [
    None,
    True,
    False,
    0,
    -1,
    2**63 - 1,
    -(2**63),
    2**63,
    -(2**200) + 12345,
    10**40,
    1.5,
    float("inf"),
    "",
    "héllo ✓ \U0001f600",
    b"",
    b"\x00\xff",
    (),
    (1, "a", (2.5, None)),
    [],
    [1, [2, [3]]],
    {},
    {"a": 1, 2: "b", (1, 2): [None]},
    {1, 2, 3},
    frozenset({"x"}),
    [{"nested": ({"deep": [b"bytes"]},)}],
]


@pytest.mark.parametrize("value", VALUES, ids=repr)
def test_values_cross_both_ways_as_copies(interp, value):
    interp.exec("def identity(x): return x\ndef kind(x): return type(x).__name__")
    back = interp.call("identity", value)
    assert back == value
    assert type(back) is type(value)
    assert interp.call("kind", value) == type(value).__name__


def test_nan_crosses(interp):
    interp.exec("def identity(x): return x")
    assert interp.call("identity", float("nan")) != interp.call("identity", float("nan"))


def test_subclasses_cross_as_their_base(interp):
    interp.exec("def kind(x): return type(x).__name__, x")
    assert interp.call("kind", Color.RED) == ("int", 1)
    assert interp.call("kind", bytearray(b"ab")) == ("bytes", b"ab")


def test_unshareable_values_are_type_errors(interp):
    interp.exec("def identity(x): return x")
    for value in [object(), lambda: 1, 1j, sys]:
        with pytest.raises(TypeError, match="cannot cross"):
            interp.call("identity", value)
    with pytest.raises(TypeError, match="cannot leave"):
        interp.eval("object()")
    with pytest.raises(TypeError, match="function"):
        interp.eval("[1, identity]")
    # The interpreter is fine afterwards.
    assert interp.eval("1 + 1") == 2


def test_execution_failed_carries_the_remote_exception(interp):
    with pytest.raises(isola.ExecutionFailed) as caught:
        interp.exec("def f():\n    raise KeyError('missing')\nf()")
    error = caught.value
    assert isinstance(error, isola.Error)
    assert error.type_name == "KeyError"
    assert error.message == "'missing'"
    assert error.traceback.startswith("Traceback (most recent call last):")
    assert "line 2, in f" in error.traceback
    assert error.traceback.endswith("KeyError: 'missing'\n")
    assert str(error) == "KeyError: 'missing'"
    assert error.exit_code is None


def test_the_interpreter_stays_usable_after_an_error(interp):
    interp.exec("kept = 'yes'")
    for code in ["1 / 0", "def (:", "raise SystemExit(3)"]:
        with pytest.raises(isola.ExecutionFailed):
            interp.exec(code)
    assert interp.eval("kept") == "yes"


def test_syntax_error_and_system_exit(interp):
    with pytest.raises(isola.ExecutionFailed) as caught:
        interp.exec("x = (")
    assert caught.value.type_name == "SyntaxError"
    with pytest.raises(isola.ExecutionFailed) as caught:
        interp.exec("import sys\nsys.exit(7)")
    assert caught.value.type_name == "SystemExit"
    assert caught.value.exit_code == 7


def test_captured_output(interp):
    interp.exec("import sys\nprint('out', 1)\nsys.stderr.write('err\\n')")
    assert interp.take_output() == ("out 1\n", "err\n")
    assert interp.take_output() == ("", "")
    with pytest.raises(isola.ExecutionFailed):
        interp.exec("print('partial')\n1/0")
    assert interp.take_output()[0] == "partial\n"


def test_output_callback_gets_text_as_written(runtime):
    chunks = []
    with runtime.create(on_output=lambda stream, text: chunks.append((stream, text))) as interp:
        interp.exec("import sys\nprint('é' * 3, flush=True)\nsys.stderr.write('e')")
    assert "".join(t for s, t in chunks if s == "stdout") == "ééé\n"
    assert "".join(t for s, t in chunks if s == "stderr") == "e"


def test_output_goes_to_sys_stdout_by_default(runtime, capsys):
    with runtime.create() as interp:
        interp.exec("import sys\nprint('to host')\nprint('err', file=sys.stderr)")
    captured = capsys.readouterr()
    assert captured.out == "to host\n"
    assert captured.err == "err\n"


def test_a_raising_callback_does_not_stop_the_program(runtime, monkeypatch):
    reported = []
    monkeypatch.setattr(sys, "unraisablehook", reported.append)

    def explode(stream, text):
        raise ValueError("callback")

    with runtime.create(on_output=explode) as interp:
        interp.exec("print('x')\ny = 2")
        assert interp.eval("y") == 2
    assert [type(report.exc_value) for report in reported] == [ValueError]


def test_close_and_context_manager(runtime):
    interp = runtime.create()
    assert not interp.closed
    interp.exec("x = 1")
    interp.close()
    assert interp.closed
    interp.close()
    with pytest.raises(isola.InterpreterError, match="closed"):
        interp.exec("x")
    with runtime.create() as other:
        pass
    assert other.closed


def test_ids_match_the_interpreter_s_view(interp):
    assert interp.eval("__import__('interpreters').get_current().id") == interp.id


def test_finish_runs_atexit(interp):
    interp.exec("import atexit\natexit.register(lambda: print('bye'))")
    interp.finish()
    assert interp.take_output()[0] == "bye\n"


def test_modules_are_importable():
    rt = isola.Runtime("native", modules={"helper": "def twice(x):\n    return 2 * x\n"})
    with rt.create() as interp:
        assert interp.run("import helper\nhelper.twice(4)") == 8


def test_bad_backend_and_limits():
    with pytest.raises(ValueError, match="backend"):
        isola.Runtime("jvm")
    with pytest.raises(TypeError, match="Limits"):
        isola.Runtime("native", limits={"timeout": 1})


def test_runtimes_in_cycles_through_callbacks_are_collected():
    import gc
    import weakref

    rt = isola.Runtime("native", functions={"f": lambda: rt is not None})
    interp = rt.create(on_output=lambda stream, text: interp)
    interp.exec("print(f())")
    refs = [weakref.ref(rt), weakref.ref(interp)]
    del rt, interp
    gc.collect()
    assert [ref() for ref in refs] == [None, None]


def test_seed_and_frozen_clock_make_runs_deterministic():
    def sample():
        rt = isola.Runtime("native", seed=7, frozen_clock=1_700_000_000.0)
        with rt.create() as interp:
            return interp.run("import random, time\n(random.random(), time.time())")

    first, second = sample(), sample()
    assert first == second
    assert first[1] == 1_700_000_000.0


def test_max_interpreters_is_an_interpreter_error():
    rt = isola.Runtime("native", max_interpreters=1)
    with rt.create() as interp:
        assert rt.interpreter_count() == 1
        with pytest.raises(isola.InterpreterError, match="limit"):
            rt.create()
        # Python code in the interpreter meets the same limit.
        with pytest.raises(isola.ExecutionFailed):
            interp.exec("import interpreters\ninterpreters.create()")
    assert rt.interpreter_count() == 0


def test_interpreters_created_by_the_code_count_and_close_with_it(runtime):
    with runtime.create() as interp:
        before = runtime.interpreter_count()
        interp.exec("import interpreters\nchild = interpreters.create()\nchild.exec('x = 1')")
        assert runtime.interpreter_count() == before + 1
    assert runtime.interpreter_count() == before - 1
