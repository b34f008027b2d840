"""Host directories in the interpreters' file systems: `mounts=` of Runtime and run."""

import pytest

import isola

BACKENDS = ["native", "wasmtime"]


@pytest.fixture(scope="module", params=BACKENDS)
def backend(request):
    return request.param


def test_read_only_and_read_write_mounts(backend, tmp_path):
    data = tmp_path / "data"
    out = tmp_path / "out"
    data.mkdir()
    out.mkdir()
    (data / "rows.csv").write_text("name,n\nada,1\nbob,2\n")
    rt = isola.Runtime(
        backend, mounts={"/data": isola.Mount(data, read_only=True), "/out": str(out)}
    )
    with rt.create(capture=True) as interp:
        interp.exec("import csv\nrows = list(csv.DictReader(open('/data/rows.csv')))")
        assert interp.eval("sum(int(r['n']) for r in rows)") == 3
        interp.exec("open('/out/total.txt', 'w').write('3\\n')")
        assert (out / "total.txt").read_text() == "3\n"
        with pytest.raises(isola.ExecutionFailed) as caught:
            interp.exec("open('/data/rows.csv', 'a')")
        assert caught.value.type_name == "OSError"
        assert "Read-only file system" in str(caught.value)
        # The host's later changes are seen at once.
        (data / "rows.csv").write_text("name,n\ncy,5\n")
        assert interp.eval("open('/data/rows.csv').read()") == "name,n\ncy,5\n"


def test_run_with_mounts_and_nothing_outside(backend, tmp_path):
    (tmp_path / "inside.txt").write_text("inside")
    (tmp_path.parent / "outside.txt").write_text("outside")
    result = isola.run(
        "import os\n"
        "def read(p):\n"
        "    try:\n"
        "        return open(p).read()\n"
        "    except OSError as e:\n"
        "        return type(e).__name__\n"
        "[read('/m/inside.txt'), read('/m/../outside.txt'), sorted(os.listdir('/m'))]",
        backend=backend,
        mounts={"/m": isola.Mount(tmp_path, read_only=True)},
    )
    assert result.value == ["inside", "FileNotFoundError", ["inside.txt"]]
    # Without the mount, the directory is not there.
    with pytest.raises(isola.ExecutionFailed) as caught:
        isola.run("open('/m/inside.txt')", backend=backend)
    assert caught.value.type_name == "FileNotFoundError"


def test_bad_mounts_are_refused(tmp_path):
    with pytest.raises(FileNotFoundError, match="cannot mount"):
        isola.Runtime("native", mounts={"/x": tmp_path / "missing"})
    with pytest.raises(OSError, match="absolute path"):
        isola.Runtime("native", mounts={"relative": tmp_path})
    with pytest.raises(TypeError):
        isola.Runtime("native", mounts={1: tmp_path})
