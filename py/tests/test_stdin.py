"""Standard input: `stdin=` of Runtime and run, as bytes, text or a callable source."""

import gc
import sys
import weakref

import pytest

import isola

BACKENDS = ["native", "wasmtime"]


@pytest.fixture(scope="module", params=BACKENDS)
def backend(request):
    return request.param


def test_input_reads_lines_then_raises_eof_error(backend):
    rt = isola.Runtime(backend, stdin="first line\nsecond, é\n")
    with rt.create(capture=True) as interp:
        interp.exec("a = input('name? ')\nb = input()")
        assert interp.eval("a, b") == ("first line", "second, é")
        # The prompt goes to stdout, as CPython's does.
        assert interp.take_output() == ("name? ", "")
        with pytest.raises(isola.ExecutionFailed) as caught:
            interp.exec("input()")
        assert caught.value.type_name == "EOFError"
        # The code can catch it, and the end of input stays the end.
        interp.exec("try:\n    input()\nexcept EOFError:\n    done = True")
        assert interp.eval("done") is True


def test_sys_stdin_read_and_readline(backend):
    code = (
        "import sys\n"
        "first = sys.stdin.readline()\n"
        "rest = sys.stdin.read()\n"
        "first, rest, sys.stdin.readline(), sys.stdin.read()"
    )
    result = isola.run(code, stdin=b"one\ntwo\nthree", backend=backend)
    assert result.value == ("one\n", "two\nthree", "", "")


def test_bytes_like_values_and_binary_reads(backend):
    code = "import sys\nsys.stdin.buffer.read()"
    assert isola.run(code, stdin=bytearray(b"\x00\xff"), backend=backend).value == b"\x00\xff"
    assert isola.run(code, stdin=memoryview(b"mv"), backend=backend).value == b"mv"
    # A str is read as its UTF-8.
    assert isola.run(code, stdin="é", backend=backend).value == "é".encode("utf-8")


def test_no_stdin_is_the_end_of_input(backend):
    assert isola.run("import sys\nsys.stdin.read()", backend=backend).value == ""
    with pytest.raises(isola.ExecutionFailed) as caught:
        isola.run("input()", backend=backend)
    assert caught.value.type_name == "EOFError"


def test_a_callable_source_is_asked_for_more_until_it_returns_empty(backend):
    chunks = [b"alpha\nbe", "ta\n".encode(), b"gamma"]
    asked = []

    def source(max_bytes):
        asked.append(max_bytes)
        return chunks.pop(0) if chunks else b""

    code = "import sys\n(input(), input(), sys.stdin.read())"
    result = isola.run(code, stdin=source, backend=backend)
    assert result.value == ("alpha", "beta", "gamma")
    assert all(isinstance(n, int) and n > 0 for n in asked)
    # Once it said b"", it is not asked again: the last call is the one that ended the input.
    assert chunks == []
    assert len(asked) == 4
    with pytest.raises(isola.ExecutionFailed) as caught:
        isola.run("input()", stdin=lambda n: b"", backend=backend)
    assert caught.value.type_name == "EOFError"


def test_what_a_source_returns_beyond_the_ask_is_kept(backend):
    big = bytes(range(256)) * 1000  # 256,000 bytes: more than any one read asks for
    calls = []

    def source(max_bytes):
        calls.append(max_bytes)
        return big if len(calls) == 1 else b""

    result = isola.run("import sys\nsys.stdin.buffer.read()", stdin=source, backend=backend)
    assert result.value == big
    assert calls[0] < len(big)


def test_a_source_may_return_text_and_bytearrays(backend):
    chunks = ["héllo\n", bytearray(b"world\n")]
    result = isola.run(
        "input(), input()",
        stdin=lambda n: chunks.pop(0) if chunks else b"",
        backend=backend,
    )
    assert result.value == ("héllo", "world")


def test_a_failing_source_is_reported_and_reads_as_the_end(backend, monkeypatch):
    reported = []
    monkeypatch.setattr(sys, "unraisablehook", reported.append)

    def broken(max_bytes):
        raise OSError("the pipe broke")

    assert isola.run("import sys\nsys.stdin.read()", stdin=broken, backend=backend).value == ""
    assert isola.run("import sys\nsys.stdin.read()", stdin=lambda n: 42, backend=backend).value == ""
    kinds = [type(report.exc_value) for report in reported]
    assert kinds == [OSError, TypeError]
    assert "must return bytes" in str(reported[1].exc_value)


def test_the_interpreters_of_a_runtime_share_its_stdin(backend):
    # A read takes a chunk of input into the reader's buffer, as a buffered reader of a pipe
    # does: the first input() takes all the bytes, and the other interpreter sees the end.
    rt = isola.Runtime(backend, stdin=b"for one\nfor two\n")
    with rt.create() as one, rt.create() as two:
        assert one.eval("input()") == "for one"
        assert two.eval("__import__('sys').stdin.read()") == ""
        assert one.eval("input()") == "for two"
    # A source that hands out a line at a time gives each reader its own.
    lines = [b"for one\n", b"for two\n"]
    rt = isola.Runtime(backend, stdin=lambda n: lines.pop(0) if lines else b"")
    with rt.create() as one, rt.create() as two:
        assert one.eval("input()") == "for one"
        assert two.eval("input()") == "for two"
        assert one.eval("__import__('sys').stdin.read()") == ""


@pytest.mark.parametrize("wrong", [42, ["a list"], object(), True])
def test_a_wrong_stdin_is_a_type_error(wrong):
    with pytest.raises(TypeError, match=r"stdin must be bytes, str, or a callable .* not "):
        isola.Runtime("native", stdin=wrong)
    with pytest.raises(TypeError, match=r"stdin must be bytes, str, or a callable"):
        isola.run("1", stdin=wrong)


def test_a_wrong_stdin_is_a_type_error_in_the_extension_module_too():
    from isola import _isola

    with pytest.raises(TypeError, match="stdin must be bytes or a callable, not int"):
        _isola.Runtime(backend="native", stdin=42)


def test_a_runtime_in_a_cycle_through_its_stdin_source_is_collected():
    rt = isola.Runtime("native", stdin=lambda n: b"x" if rt is not None else b"")
    with rt.create() as interp:
        assert interp.eval("__import__('sys').stdin.read(3)") == "xxx"
    ref = weakref.ref(rt)
    del rt, interp
    gc.collect()
    assert ref() is None
