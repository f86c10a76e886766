"""input() reads the console until the end of input, on both boards.

Natively the end of stdin is the end of input.  On qemu the host tool feeds
the board's UART from its stdin and sends byte 4 (Ctrl-D) at its end, again
whenever the board has taken it, so every input() after the end raises
EOFError at once, as in CPython (no time-out guesses the end).
"""
import os
import subprocess
import time

from helpers import MONTY, MONTY_ASAN, ROOT, run

PROG = os.path.join(ROOT, "tests", "integration", "console_prog.py")
DATA = "first\nsecond line\n\nno newline at the end"


def expected():
    p = subprocess.run(["python3", PROG], input=DATA.encode(), capture_output=True)
    return p.stdout.decode()


def check(cmd, data=DATA, want=None):
    rc, out, err = run(cmd + [PROG], input=data, timeout=120)
    assert rc == 0, (rc, out, err)
    assert out == (want if want is not None else expected()), (out, err)


def test_console_input_native():
    check([MONTY_ASAN])


def test_console_input_qemu():
    check([MONTY, "--board", "qemu"])


def test_console_empty_input_qemu():
    # stdin already at its end: EOFError at the first input(), twice
    rc, out, err = run([MONTY, "--board", "qemu", PROG], input="", timeout=120)
    assert rc == 0, (rc, out, err)
    assert out == "> []\nEOFError: EOF when reading a line\n", (out, err)


def test_console_long_input_qemu():
    # more than the board's 256-byte receive ring and the pipe's first write:
    # nothing lost while the board is busy
    data = "".join("line %d %s\n" % (i, "x" * (i % 50)) for i in range(400))
    p = subprocess.run(["python3", PROG], input=data.encode(), capture_output=True)
    check([MONTY, "--board", "qemu"], data=data, want=p.stdout.decode())


def test_console_slow_typist_qemu():
    # a user who types after a pause: input() waits (there is no idle
    # time-out on the boards); the line arrives 3 s after the prompt
    p = subprocess.Popen([MONTY, "--board", "qemu", PROG], cwd=ROOT, stdin=subprocess.PIPE,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        assert p.stdout.read(2) == b"> "  # the prompt: the board waits in input()
        time.sleep(3)
        out, err = p.communicate(b"late line\n", timeout=120)
    finally:
        if p.poll() is None:
            p.kill()
    assert p.returncode == 0, (out, err)
    assert out.decode() == "> ['late line']\nEOFError: EOF when reading a line\n", (out, err)
