"""The examples in py/README.md run as written (each with `isola` imported, as the first one
imports it)."""

import re
from pathlib import Path

import pytest

import isola

README = Path(__file__).resolve().parent.parent / "README.md"
EXAMPLES = re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), re.S)


def test_the_readme_has_examples():
    assert len(EXAMPLES) >= 4


@pytest.mark.parametrize("index", range(len(EXAMPLES)))
def test_readme_example(index, capsys):
    exec(compile(EXAMPLES[index], f"README.md example {index + 1}", "exec"), {"isola": isola})
