"""Shared fixtures: one runtime per backend for the whole session (building one under wasmtime
loads the compiled guest), and a fresh interpreter per test."""

import pytest

import isola

BACKENDS = ["native", "wasmtime"]


@pytest.fixture(scope="session", params=BACKENDS)
def runtime(request):
    return isola.Runtime(request.param)


@pytest.fixture
def interp(runtime):
    with runtime.create(capture=True) as interpreter:
        yield interpreter
