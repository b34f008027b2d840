//! Subinterpreters on both backends: PEP 734's examples, queue order, maxsize and timeouts,
//! shareability errors, nested exec, close, failure propagation, child limits, host functions,
//! and the embedding API's `Queue`, `prepare_main` and `call`.

use std::time::Duration;

use isola::{Backend, Error, Limits, Runtime, Shareable};

use crate::support::{self, BACKENDS};

/// Run `code` in a fresh interpreter of each backend and check its stdout, failing with stderr
/// and the error otherwise.
fn check(code: &str, expected: &str) {
    for backend in BACKENDS {
        check_on(
            &support::runtime(backend, Limits::default()),
            code,
            expected,
        );
    }
}

fn check_on(runtime: &Runtime, code: &str, expected: &str) {
    let outcome = support::run(runtime, code, "<test>");
    assert!(
        outcome.result.is_ok(),
        "{:?}: {:?}\nstdout:\n{}\nstderr:\n{}",
        runtime.backend(),
        outcome.result,
        outcome.stdout,
        outcome.stderr
    );
    assert_eq!(outcome.stdout, expected, "{:?}", runtime.backend());
}

#[test]
fn pep734_exec_and_queue() {
    check(
        "import interpreters\n\
         q = interpreters.create_queue()\n\
         interp = interpreters.create()\n\
         interp.prepare_main(n=10, q=q)\n\
         interp.exec('q.put(sum(range(n)))')\n\
         print(q.get(timeout=1))\n\
         interp.exec('x = 5')\n\
         interp.exec('q.put((x, \"s\", b\"b\", None, True, 2.5, 2**100))')\n\
         print(q.get())\n\
         print(interp.is_running(), interp in interpreters.list_all())\n\
         print(interpreters.get_current() == interpreters.get_main())\n\
         interp.close()\n\
         print(interp in interpreters.list_all())\n",
        "45\n(5, 's', b'b', None, True, 2.5, 1267650600228229401496703205376)\n\
         False True\nTrue\nFalse\n",
    );
}

#[test]
fn concurrent_interpreters_and_identity() {
    check(
        "from concurrent import interpreters\n\
         a = interpreters.create()\n\
         b = interpreters.create()\n\
         print(a.id != b.id, a == interpreters.Interpreter(a.id), repr(a) == f'Interpreter({a.id})')\n\
         q = interpreters.create_queue()\n\
         a.prepare_main(q=q)\n\
         a.exec('import interpreters; q.put(interpreters.get_current().id); q.put(interpreters.get_main().id)')\n\
         print(q.get() == a.id, q.get() == interpreters.get_current().id)\n",
        "True True True\nTrue True\n",
    );
}

#[test]
fn execution_failed_carries_the_remote_exception() {
    check(
        "import interpreters\n\
         interp = interpreters.create()\n\
         try:\n    interp.exec('def f():\\n    return 1 / 0\\nf()')\n\
         except interpreters.ExecutionFailed as e:\n    \
             print(type(e).__name__, isinstance(e, interpreters.InterpreterError))\n    \
             print(e.excinfo.type.__name__, '|', e.excinfo.msg)\n    \
             print(e)\n\
         interp.exec('print(\"still alive\")')\n\
         try:\n    interp.exec('raise SystemExit(3)')\n\
         except interpreters.ExecutionFailed as e:\n    print(e.excinfo.type.__name__)\n",
        "ExecutionFailed True\n\
         ZeroDivisionError | division by zero\n\
         ZeroDivisionError: division by zero\n\n\
         Uncaught in the interpreter:\n\n\
         Traceback (most recent call last):\n  \
           File \"<string>\", line 3, in <module>\n  \
           File \"<string>\", line 2, in f\n\
         ZeroDivisionError: division by zero\n\
         still alive\n\
         SystemExit\n",
    );
}

#[test]
fn nested_exec_of_a_running_interpreter_is_an_error() {
    check(
        "import interpreters\n\
         a = interpreters.create()\n\
         q = interpreters.create_queue()\n\
         me = interpreters.get_current().id\n\
         a.prepare_main(q=q, parent=me)\n\
         a.exec('import interpreters\\n\
         try:\\n    interpreters.Interpreter(parent).exec(\"pass\")\\n\
         except interpreters.InterpreterError as e:\\n    q.put(str(e))\\n')\n\
         print(q.get())\n\
         try:\n    interpreters.get_current().exec('pass')\n\
         except interpreters.InterpreterError as e:\n    print(e)\n\
         b = interpreters.create()\n\
         b.prepare_main(q=q)\n\
         a.prepare_main(b=b.id)\n\
         a.exec('import interpreters\\nc = interpreters.create()\\nc.prepare_main(q=q)\\n\
         c.exec(\"q.put(7)\")\\ninterpreters.Interpreter(b).exec(\"q.put(8)\")')\n\
         print(q.get(), q.get())\n",
        "interpreter already running\ninterpreter already running\n7 8\n",
    );
}

#[test]
fn close_and_closed_interpreters() {
    check(
        "import interpreters\n\
         a = interpreters.create()\n\
         a.close()\n\
         for op in (lambda: a.exec('pass'), a.close, a.is_running):\n    \
             try:\n        op()\n    \
             except interpreters.InterpreterNotFoundError as e:\n        print(type(e).__name__, e == e)\n\
         try:\n    interpreters.get_current().close()\n\
         except interpreters.InterpreterError as e:\n    print(e)\n\
         n = len(interpreters.list_all())\n\
         b = interpreters.create()\n\
         b.exec('import interpreters\\nc = interpreters.create()\\nd = interpreters.create()')\n\
         print(len(interpreters.list_all()) - n)\n\
         b.close()\n\
         print(len(interpreters.list_all()) - n)\n",
        "InterpreterNotFoundError True\nInterpreterNotFoundError True\nInterpreterNotFoundError True\n\
         cannot destroy the current interpreter\n3\n0\n",
    );
}

#[test]
fn call_sends_functions_without_free_variables() {
    check(
        "import interpreters\n\
         interp = interpreters.create()\n\
         def add(a, b=10, *, scale=1):\n    return (a + b) * scale\n\
         print(interp.call(add, 1), interp.call(add, 1, 2, scale=3))\n\
         interp.exec('g = 100')\n\
         def read_global():\n    return g\n\
         print(interp.call(read_global))\n\
         print(interp.call(lambda: 'lambda'))\n\
         def outer():\n    x = 1\n    def inner():\n        return x\n    return inner\n\
         try:\n    interp.call(outer())\n\
         except interpreters.NotShareableError as e:\n    print(type(e).__name__, isinstance(e, ValueError))\n\
         def boom():\n    raise KeyError('k')\n\
         try:\n    interp.call(boom)\n\
         except interpreters.ExecutionFailed as e:\n    print(e.excinfo.formatted)\n\
         def unshareable():\n    return [1]\n\
         try:\n    interp.call(unshareable)\n\
         except interpreters.ExecutionFailed as e:\n    print(e.excinfo.formatted)\n",
        "11 9\n100\nlambda\nNotShareableError True\nKeyError: 'k'\n\
         NotShareableError: [1] does not support cross-interpreter data\n",
    );
}

#[test]
fn shareability() {
    check(
        "import interpreters\n\
         q = interpreters.create_queue()\n\
         for obj in (None, True, 1, 2**70, -2**70, 1.5, 'é', b'\\x00', (1, (2, 'x')), q):\n    \
             print(interpreters.is_shareable(obj), end=' ')\n\
         print()\n\
         for obj in ([1], {}, {1}, (1, [2]), print):\n    \
             try:\n        q.put(obj)\n    \
             except interpreters.NotShareableError as e:\n        print(e)\n\
         interp = interpreters.create()\n\
         try:\n    interp.prepare_main(x=[1], y=object())\n\
         except interpreters.NotShareableError as e:\n    print(e)\n\
         try:\n    interp.prepare_main(y=object())\n\
         except interpreters.NotShareableError as e:\n    print(str(e).startswith('<object object at 0x'))\n\
         q.put(q)\n\
         print(q.get() == q, q.get(timeout=0.01) if not q.empty() else 'empty')\n",
        "True True True True True True True True True True \n\
         [1] does not support cross-interpreter data\n\
         {} does not support cross-interpreter data\n\
         {1} does not support cross-interpreter data\n\
         [2] does not support cross-interpreter data\n\
         <built-in function print> does not support cross-interpreter data\n\
         [1] does not support cross-interpreter data\n\
         True\n\
         True empty\n",
    );
}

#[test]
fn queue_order_maxsize_and_timeouts() {
    check(
        "import interpreters\n\
         q = interpreters.create_queue()\n\
         for i in range(100):\n    q.put(i)\n\
         print(q.qsize(), [q.get() for _ in range(100)] == list(range(100)), q.empty())\n\
         try:\n    q.get_nowait()\n\
         except interpreters.QueueEmpty as e:\n    print(type(e).__name__, e == e, isinstance(e, interpreters.QueueError))\n\
         try:\n    q.get(timeout=0.01)\n\
         except interpreters.QueueEmpty:\n    print('empty after timeout')\n\
         b = interpreters.create_queue(2)\n\
         b.put(1); b.put_nowait(2)\n\
         print(b.maxsize, b.full(), b.qsize())\n\
         try:\n    b.put_nowait(3)\n\
         except interpreters.QueueFull:\n    print('full')\n\
         try:\n    b.put(3, timeout=0.01)\n\
         except interpreters.QueueFull:\n    print('full after timeout')\n\
         try:\n    b.put(3, block=False)\n\
         except interpreters.QueueFull:\n    print('full without blocking')\n\
         print(b.get(), b.get(), b.empty())\n\
         try:\n    b.get(timeout=-1)\n\
         except ValueError as e:\n    print(e)\n",
        "100 True True\nQueueEmpty True True\nempty after timeout\n2 True 2\nfull\n\
         full after timeout\nfull without blocking\n1 2 True\n\
         'timeout' must be a non-negative number\n",
    );
}

#[test]
fn a_blocking_get_waits_for_another_interpreter() {
    for backend in BACKENDS {
        let runtime = support::runtime(backend, Limits::default());
        let (consumer, capture) = support::create(&runtime);
        let q = runtime.create_queue(0);
        consumer
            .prepare_main([("q", q.clone().into())])
            .expect("prepare_main");
        std::thread::scope(|scope| {
            let waiting = scope.spawn(|| consumer.exec("print(q.get() * 2)"));
            std::thread::sleep(Duration::from_millis(50));
            assert!(consumer.is_running(), "{backend:?}");
            q.put(Shareable::Int(21)).expect("put");
            assert!(waiting.join().expect("join").is_ok(), "{backend:?}");
        });
        assert_eq!(capture.stdout(), "42\n", "{backend:?}");
    }
}

#[test]
fn child_limits_reach_the_parent_as_errors() {
    check(
        "import interpreters\n\
         c = interpreters.create(max_instructions=100000)\n\
         try:\n    c.exec('while True: pass')\n\
         except interpreters.InterpreterError as e:\n    print(type(e).__name__, 'instruction limit' in str(e))\n\
         t = interpreters.create(timeout=0.05)\n\
         try:\n    t.exec('while True: pass')\n\
         except interpreters.InterpreterError as e:\n    print('time limit' in str(e))\n\
         t.exec('print(\"child goes on\")')\n\
         r = interpreters.create(max_recursion=50)\n\
         try:\n    r.exec('def f(n): return f(n + 1)\\nf(0)')\n\
         except interpreters.ExecutionFailed as e:\n    print(e.excinfo.type.__name__)\n\
         print('parent goes on')\n",
        "InterpreterError True\nTrue\nchild goes on\nRecursionError\nparent goes on\n",
    );
}

#[test]
fn a_child_never_gets_more_than_its_parent() {
    for backend in BACKENDS {
        let limits = Limits {
            max_instructions: Some(2_000_000),
            ..Limits::default()
        };
        let runtime = support::runtime(backend, limits);
        // The child asks for far more than the parent has, and is held to the parent's budget.
        let outcome = support::run(
            &runtime,
            "import interpreters\n\
             c = interpreters.create(max_instructions=10**12)\n\
             try:\n    c.exec('while True: pass')\n\
             except interpreters.InterpreterError as e:\n    print('instruction limit' in str(e))\n",
            "<test>",
        );
        assert!(outcome.result.is_ok(), "{backend:?}: {:?}", outcome.result);
        assert_eq!(outcome.stdout, "True\n", "{backend:?}");
    }
}

#[test]
fn host_functions_are_callable_by_name() {
    for backend in BACKENDS {
        let runtime = Runtime::builder()
            .backend(backend)
            .host_function("add", |args| match args.as_slice() {
                [Shareable::Int(a), Shareable::Int(b)] => Ok(Shareable::Int(a + b)),
                _ => Err("add takes two ints".into()),
            })
            .build()
            .expect("runtime");
        check_on(
            &runtime,
            "import interpreters\n\
             print(interpreters.call_host('add', 2, 40))\n\
             for args in (('add', 'x'), ('missing',)):\n    \
                 try:\n        interpreters.call_host(*args)\n    \
                 except RuntimeError as e:\n        print(e)\n",
            "42\nadd takes two ints\nno host function named 'missing'\n",
        );
    }
}

#[test]
fn embedding_api_queue_prepare_main_and_call() {
    for backend in BACKENDS {
        let runtime = support::runtime(backend, Limits::default());
        let interp = runtime.create().expect("create");
        interp.exec("x = 40 + 2").expect("exec");
        let q = runtime.create_queue(0);
        interp
            .prepare_main([("q", q.clone().into())])
            .expect("prepare_main");
        interp.exec("q.put(x)").expect("exec");
        assert_eq!(q.get().expect("get"), Shareable::Int(42));
        interp
            .exec("def mul(a, b):\n    return a * b")
            .expect("exec");
        let product = interp.call("mul", vec![Shareable::Int(6), "ab".into()]);
        assert_eq!(
            product.expect("call"),
            Shareable::Str("abababababab".into())
        );
        assert!(matches!(
            interp.call("mul", vec![Shareable::Int(1)]),
            Err(Error::Exception { .. })
        ));
        assert_eq!(q.try_get(), None);
        assert_eq!(q.get_timeout(Duration::from_millis(10)), None);
        let id = interp.id();
        drop(interp);
        let other = runtime.create().expect("create");
        assert_ne!(other.id(), id);
        assert_eq!(runtime.interpreter_count(), 1, "{backend:?}");
    }
}

#[test]
fn the_embedders_interpreters_cannot_be_closed_from_python() {
    for backend in BACKENDS {
        let runtime = support::runtime(backend, Limits::default());
        let (a, _) = support::create(&runtime);
        let (b, capture) = support::create(&runtime);
        b.prepare_main([("a", Shareable::Int(a.id() as i64))])
            .expect("prepare_main");
        b.exec(
            "import interpreters\n\
             try:\n    interpreters.Interpreter(a).close()\n\
             except interpreters.InterpreterError as e:\n    print('refused')\n\
             interpreters.Interpreter(a).exec('x = 1')\n",
        )
        .expect("exec");
        assert_eq!(capture.stdout(), "refused\n");
        a.exec("assert x == 1").expect("a still works");
    }
}

#[test]
fn a_runtime_caps_its_interpreters() {
    let runtime = Runtime::builder()
        .backend(Backend::Native)
        .max_interpreters(3)
        .build()
        .expect("runtime");
    check_on(
        &runtime,
        "import interpreters\n\
         a = interpreters.create(); b = interpreters.create()\n\
         try:\n    interpreters.create()\n\
         except interpreters.InterpreterError as e:\n    print(e)\n\
         a.close()\n\
         c = interpreters.create()\n\
         print('ok')\n",
        "the runtime's limit of 3 interpreters is reached\nok\n",
    );
}

#[test]
fn call_in_thread_runs_beside_the_caller() {
    check(
        "import interpreters\n\
         a = interpreters.create()\n\
         q = interpreters.create_queue()\n\
         a.prepare_main(q=q)\n\
         def work(factor):\n    return q.get() * factor\n\
         t = a.call_in_thread(work, 2)\n\
         print(t.is_alive(), a.is_running())\n\
         try:\n    a.exec('pass')\n\
         except interpreters.InterpreterError as e:\n    print(e)\n\
         q.put(21)\n\
         t.join()\n\
         print(t.result, t.is_alive(), a.is_running())\n\
         def fail():\n    raise ValueError('no')\n\
         t = a.call_in_thread(fail)\n\
         try:\n    t.result\n\
         except interpreters.ExecutionFailed as e:\n    print(e.excinfo.formatted)\n\
         q.put(5)\n\
         a.call_in_thread(work, 3)\n\
         print('left unjoined')\n",
        "True True\ninterpreter already running\n42 False False\nValueError: no\nleft unjoined\n",
    );
}

#[test]
fn seed_and_frozen_clock_make_runs_deterministic() {
    for backend in BACKENDS {
        let run = |seed: u64| {
            let runtime = Runtime::builder()
                .backend(backend)
                .seed(seed)
                .frozen_clock(1_700_000_000.5)
                .build()
                .expect("runtime");
            let outcome = support::run(
                &runtime,
                "import random, _clock\nprint(random.getrandbits(64), _clock.time())",
                "<test>",
            );
            assert!(outcome.result.is_ok(), "{backend:?}: {:?}", outcome.result);
            outcome.stdout
        };
        let first = run(7);
        assert_eq!(first, run(7), "{backend:?}");
        assert_ne!(first, run(8), "{backend:?}");
        assert!(first.ends_with(" 1700000000.5\n"), "{backend:?}: {first}");
    }
}
