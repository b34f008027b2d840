"""isola.run: one program in a fresh interpreter, its value and its output."""

import pytest

import isola


@pytest.mark.parametrize("backend", ["native", "wasmtime"])
def test_the_last_expression_is_the_value(backend):
    result = isola.run("x = 6\nx * 7", backend=backend)
    assert result.value == 42
    assert result.stdout == ""
    assert result.stderr == ""


def test_output_is_captured():
    result = isola.run("import sys\nprint('hi')\nprint('oops', file=sys.stderr)\n'done'")
    assert result == isola.Result("done", "hi\n", "oops\n")


def test_inputs_become_globals_as_copies():
    xs = [3, 1, 2]
    result = isola.run("xs.sort()\nxs, sorted(cfg)", inputs={"xs": xs, "cfg": {"b": 1, "a": 2}})
    assert result.value == ([1, 2, 3], ["a", "b"])
    assert xs == [3, 1, 2]


def test_main_is_called_when_the_code_defines_it_and_does_not_call_it():
    assert isola.run("def main():\n    return 'from main'\n").value == "from main"
    # The usual guard calls main itself: it runs once, and the value is None.
    code = (
        "count = []\n"
        "def main():\n"
        "    count.append(1)\n"
        "    return len(count)\n"
        "if __name__ == '__main__':\n"
        "    main()\n"
    )
    assert isola.run(code).value is None
    assert isola.run(code + "count\n").value == [1]


def test_no_expression_and_no_main_is_none():
    assert isola.run("x = 1").value is None
    assert isola.run("").value is None
    assert isola.run("# only a comment\n").value is None


def test_the_last_expression_may_share_a_line_or_span_lines():
    assert isola.run("x = 2; x + 1").value == 3
    assert isola.run("x = 2\n(x +\n 5)  # seven\n").value == 7
    assert isola.run("s = 'é'; s + 'ü'").value == "éü"


def test_tracebacks_keep_the_expression_line():
    with pytest.raises(isola.ExecutionFailed) as caught:
        isola.run("x = 0\n\n1 / x\n")
    assert caught.value.type_name == "ZeroDivisionError"
    assert 'File "<string>", line 3' in caught.value.traceback


def test_tracebacks_start_at_the_users_code():
    with pytest.raises(isola.ExecutionFailed) as caught:
        isola.run("def f(x):\n    return 1 / x\nf(0)")
    assert caught.value.traceback == (
        "Traceback (most recent call last):\n"
        '  File "<string>", line 3, in <module>\n'
        '  File "<string>", line 2, in f\n'
        "ZeroDivisionError: division by zero\n"
    )


def test_a_failure_carries_the_output_so_far():
    with pytest.raises(isola.ExecutionFailed) as caught:
        isola.run("print('before')\nraise ValueError('bad')")
    assert caught.value.stdout == "before\n"
    assert caught.value.message == "bad"


def test_functions_are_globals():
    result = isola.run("double(21) + len(greet(name='x'))", functions={
        "double": lambda n: n * 2,
        "greet": lambda name: f"hello {name}",
    })
    assert result.value == 49


def test_on_output_takes_the_output_as_it_is_written():
    chunks = []
    result = isola.run("print('a'); print('b')", on_output=lambda s, t: chunks.append((s, t)))
    assert "".join(text for _, text in chunks) == "a\nb\n"
    assert {stream for stream, _ in chunks} == {"stdout"}
    assert result.stdout == ""


def test_limits_apply():
    with pytest.raises(isola.LimitExceeded) as caught:
        isola.run("while True: pass", limits=isola.Limits(max_instructions=100_000))
    assert caught.value.kind == "instructions"


def test_a_value_that_cannot_leave_is_a_type_error():
    with pytest.raises(TypeError, match="object"):
        isola.run("object()")
    with pytest.raises(TypeError, match="cannot cross"):
        isola.run("x", inputs={"x": object()})


def test_syntax_the_host_cannot_parse_still_runs():
    # A syntax error: the host's parser gives up, the interpreter reports it.
    with pytest.raises(isola.ExecutionFailed) as caught:
        isola.run("def (:")
    assert caught.value.type_name == "SyntaxError"
