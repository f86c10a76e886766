# intr_prog.py - programs for Ctrl-C to interrupt (run by test_interrupt.py).
# argv[1] picks the case.  Each prints "ready" (and flushes) once the test
# may press Ctrl-C; the code that prints it is already inside the `try`, so
# an interrupt that arrives at once is handled the same way.
import sys
import time

case = sys.argv[1]


def spin():
    n = 0
    while True:
        n += 1


if case == "catch":
    try:
        print("ready", flush=True)
        spin()
    except KeyboardInterrupt as e:
        print("caught", repr(e), e.args)
    finally:
        print("finally")
    print("after")
elif case == "uncaught":
    try:
        print("ready", flush=True)
        spin()
    finally:
        print("finally")
    print("not reached")
elif case == "sleep":
    t0 = time.ticks_ms()
    try:
        print("ready", flush=True)
        time.sleep(60)
        print("slept through")
    except KeyboardInterrupt:
        print("sleep interrupted after", time.ticks_diff(time.ticks_ms(), t0), "ms")
elif case == "input":
    try:
        print("ready", flush=True)
        print("read", input())
    except KeyboardInterrupt:
        print("input interrupted")
    print("then read", input())
elif case == "eof":
    t0 = time.ticks_ms()
    try:
        input()
    except EOFError:
        print("EOFError after", time.ticks_diff(time.ticks_ms(), t0), "ms")
elif case == "twice":
    try:
        print("ready", flush=True)
        spin()
    except KeyboardInterrupt:
        print("handling", flush=True)
        try:
            spin()
        finally:
            print("inner finally")
elif case == "repeat":
    caught = 0
    while caught < 3:
        try:
            print("ready", caught, flush=True)
            spin()
        except KeyboardInterrupt:
            caught += 1
    print("caught", caught)
else:
    raise ValueError(case)
