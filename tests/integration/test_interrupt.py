"""Ctrl-C raises KeyboardInterrupt in the running program, natively and on qemu.

A terminal's Ctrl-C sends SIGINT to its foreground process group: each test
runs `monty` in a session of its own and signals that whole group with
os.killpg.  Natively the board counts SIGINT; on qemu the host tool (in that
group; QEMU runs in a group of its own) sends byte 3 down the console UART.
The programs (intr_prog.py) print "ready" when they may be interrupted; the
tests wait for that line (and natively for the process to block) instead of
sleeping.  Uncaught, KeyboardInterrupt ends a program with a traceback and
status 1 (docs/differences.md).
"""
import os
import queue
import signal
import subprocess
import tempfile
import threading
import time

from helpers import MONTY, MONTY_ASAN, ROOT

PROG = os.path.join(ROOT, "tests", "integration", "intr_prog.py")
WAIT = 60  # seconds for any one expected event (loaded machines, ASan)


def _default_sigint():
    signal.signal(signal.SIGINT, signal.SIG_DFL)


class Session:
    """`monty` running in its own session, its output read by threads."""

    def __init__(self, cmd, stdin=subprocess.DEVNULL):
        self.cmd = cmd
        # as from a terminal: SIGINT at its default even when this runner
        # was started with it ignored (a background job of a shell without
        # job control), which the program would keep (docs/boards.md)
        self.p = subprocess.Popen(cmd, cwd=ROOT, stdin=stdin, stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, start_new_session=True,
                                  preexec_fn=_default_sigint)
        self.lines = queue.Queue()
        self.out, self.err = [], []
        self.threads = [threading.Thread(target=self._read_out, daemon=True),
                        threading.Thread(target=self._read_err, daemon=True)]
        for t in self.threads:
            t.start()

    def _read_out(self):
        for raw in self.p.stdout:
            line = raw.decode("utf-8", "replace").rstrip("\n")
            self.out.append(line)
            self.lines.put(line)
        self.lines.put(None)

    def _read_err(self):
        for raw in self.p.stderr:
            self.err.append(raw.decode("utf-8", "replace"))

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        if self.p.poll() is None:
            os.killpg(self.p.pid, signal.SIGKILL)
            self.p.wait()
        for f in (self.p.stdin, self.p.stdout, self.p.stderr):
            if f:
                f.close()

    def text(self):
        return "stdout:\n%s\nstderr:\n%s" % ("\n".join(self.out), "".join(self.err))

    def expect(self, line, timeout=WAIT):
        """Waits for the next stdout line and checks it is `line`."""
        try:
            got = self.lines.get(timeout=timeout)
        except queue.Empty:
            raise AssertionError("no line %r within %d s from %s\n%s"
                                 % (line, timeout, self.cmd, self.text()))
        assert got == line, "expected line %r, got %r\n%s" % (line, got, self.text())

    def expect_prefix(self, prefix, timeout=WAIT):
        try:
            got = self.lines.get(timeout=timeout)
        except queue.Empty:
            raise AssertionError("no line %r... within %d s\n%s" % (prefix, timeout, self.text()))
        assert got is not None and got.startswith(prefix), \
            "expected %r..., got %r\n%s" % (prefix, got, self.text())
        return got

    def signal(self, sig=signal.SIGINT):
        os.killpg(self.p.pid, sig)

    def wait_blocked(self):
        """Natively: waits until the process sleeps (blocked in a wait)."""
        deadline = time.monotonic() + WAIT
        while time.monotonic() < deadline:
            stat = open("/proc/%d/stat" % self.p.pid).read()
            if stat[stat.rindex(")") + 2] == "S":
                return
            time.sleep(0.005)
        raise AssertionError("process never blocked\n" + self.text())

    def finish(self, timeout=WAIT):
        """Waits for the end; returns (status, stdout lines, stderr text)."""
        try:
            rc = self.p.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            raise AssertionError("still running after %d s\n%s" % (timeout, self.text()))
        for t in self.threads:
            t.join(timeout)
        return rc, self.out, "".join(self.err)


def native(case):
    return [MONTY_ASAN, PROG, case]


def qemu(case, flash=None):
    cmd = [MONTY, "--board", "qemu", "--timeout", "120"]
    if flash:
        cmd += ["--flash", flash]
    return cmd + [PROG, case]


def qemu_processes(marker):
    """Pids of the processes whose command line holds `marker`."""
    found = []
    for pid in os.listdir("/proc"):
        if pid.isdigit():
            try:
                cmdline = open("/proc/%s/cmdline" % pid, "rb").read()
            except OSError:
                continue
            if marker.encode() in cmdline and b"qemu-system-arm" in cmdline:
                found.append(int(pid))
    return found


def assert_uncaught(rc, out, err):
    assert rc == 1, "exit status %s, expected 1\n%s" % (rc, err)
    lines = err.strip().splitlines()
    assert lines and lines[0] == "Traceback (most recent call last):", err
    assert lines[-1] == "KeyboardInterrupt", err


# ---- the cases, each run on both boards --------------------------------------

def check_catch(cmd, native_board):
    with Session(cmd("catch")) as s:
        s.expect("ready")
        s.signal()
        s.expect("caught KeyboardInterrupt() ()")
        s.expect("finally")
        s.expect("after")
        rc, out, err = s.finish()
    assert rc == 0 and err == "", s.text()


def check_uncaught(cmd, native_board):
    with Session(cmd("uncaught")) as s:
        s.expect("ready")
        s.signal()
        s.expect("finally")  # finally blocks run while it propagates
        rc, out, err = s.finish()
    assert out == ["ready", "finally"], s.text()
    assert_uncaught(rc, out, err)
    assert 'intr_prog.py", line' in err and "in spin" in err, err


def check_sleep(cmd, native_board):
    with Session(cmd("sleep")) as s:
        s.expect("ready")
        if native_board:
            s.wait_blocked()
        t0 = time.monotonic()
        s.signal()
        line = s.expect_prefix("sleep interrupted after ")
        waited = time.monotonic() - t0
        rc, out, err = s.finish()
    assert rc == 0 and err == "", s.text()
    ms = int(line.split()[3])
    # time.sleep(60) ended early, when the signal came, not at the next poll
    assert 0 <= ms < 30000 and waited < 30, (line, waited)


def check_twice(cmd, native_board):
    # a second Ctrl-C while the handler of the first runs: raised there,
    # chained to the first, and the program still ends in order
    with Session(cmd("twice")) as s:
        s.expect("ready")
        s.signal()
        s.expect("handling")
        s.signal()
        s.expect("inner finally")
        rc, out, err = s.finish()
    assert_uncaught(rc, out, err)
    assert err.count("KeyboardInterrupt") == 2, err
    assert "During handling of the above exception, another exception occurred:" in err, err


def check_repeat(cmd, native_board):
    # each Ctrl-C is delivered once: three presses, three handlers
    with Session(cmd("repeat")) as s:
        for k in range(3):
            s.expect("ready %d" % k)
            s.signal()
        s.expect("caught 3")
        rc, out, err = s.finish()
    assert rc == 0 and err == "", s.text()


def test_native_catch():
    check_catch(native, True)


def test_native_uncaught():
    check_uncaught(native, True)


def test_native_sleep():
    check_sleep(native, True)


def test_native_twice():
    check_twice(native, True)


def test_native_repeat():
    check_repeat(native, True)


def test_qemu_catch():
    check_catch(qemu, False)


def test_qemu_uncaught():
    check_uncaught(qemu, False)


def test_qemu_sleep():
    check_sleep(qemu, False)


def test_qemu_twice():
    check_twice(qemu, False)


def test_qemu_repeat():
    check_repeat(qemu, False)


# ---- native only: a blocking input() -----------------------------------------

def test_native_input():
    with Session(native("input"), stdin=subprocess.PIPE) as s:
        s.expect("ready")
        s.wait_blocked()  # in input(), waiting for a line that is not sent
        s.signal()
        s.expect("input interrupted")
        # the console still works after the interrupted read
        s.p.stdin.write(b"hello\n")
        s.p.stdin.close()
        s.expect("then read hello")
        rc, out, err = s.finish()
    assert rc == 0 and err == "", s.text()


def test_native_input_eof():
    # natively the end of stdin is known at once: no 2 s wait as on a UART
    with Session(native("eof")) as s:
        line = s.expect_prefix("EOFError after ")
        rc, out, err = s.finish()
    assert rc == 0 and err == "", s.text()
    assert int(line.split()[2]) < 1000, line


# ---- qemu only: the host tool and the console ---------------------------------

def test_qemu_byte3_on_stdin():
    # byte 3 arriving on the console (piped stdin) is a Ctrl-C too
    with Session(qemu("catch"), stdin=subprocess.PIPE) as s:
        s.expect("ready")
        s.p.stdin.write(b"\x03")
        s.p.stdin.flush()
        s.expect("caught KeyboardInterrupt() ()")
        s.expect("finally")
        s.expect("after")
        rc, out, err = s.finish()
    assert rc == 0 and err == "", s.text()


def test_qemu_no_orphan():
    # uncaught: the tool returns the board's status and QEMU is gone
    with tempfile.TemporaryDirectory(prefix="monty-intr-") as d:
        flash = os.path.join(d, "flash.bin")
        with Session(qemu("uncaught", flash)) as s:
            s.expect("ready")
            assert qemu_processes(flash), "QEMU not found running\n" + s.text()
            s.signal()
            rc, out, err = s.finish()
        assert_uncaught(rc, out, err)
        assert qemu_processes(flash) == [], "QEMU left running"


def test_qemu_ctrl_c_while_starting():
    # Ctrl-C once QEMU exists, before the program runs: the byte waits for
    # the board, which raises KeyboardInterrupt in the program
    with tempfile.TemporaryDirectory(prefix="monty-intr-") as d:
        flash = os.path.join(d, "flash.bin")
        with Session(qemu("uncaught", flash)) as s:
            deadline = time.monotonic() + WAIT
            while not qemu_processes(flash):
                assert time.monotonic() < deadline and s.p.poll() is None, \
                    "QEMU never started\n" + s.text()
                time.sleep(0.001)
            s.signal()
            rc, out, err = s.finish()
        assert_uncaught(rc, out, err)
        assert qemu_processes(flash) == [], "QEMU left running"


def test_qemu_board_not_listening():
    # The board takes no input: its 256-byte console buffer is full (the
    # program never reads) and the rest waits in the tool's pipe, the Ctrl-C
    # behind it.  After a second of that, another Ctrl-C stops QEMU and the
    # tool ends by SIGINT, as a shell expects.
    with tempfile.TemporaryDirectory(prefix="monty-intr-") as d:
        flash = os.path.join(d, "flash.bin")
        with Session(qemu("uncaught", flash), stdin=subprocess.PIPE) as s:
            s.p.stdin.write(b"x" * 4000)
            s.p.stdin.flush()
            s.expect("ready")
            s.signal()
            time.sleep(1.5)  # the tool's patience (INTR_PATIENCE_MS) is 1 s
            assert s.p.poll() is None, "ended on the first Ctrl-C\n" + s.text()
            # then Ctrl-C until it ends (one is enough unless the machine
            # is so loaded that the tool saw the first one late)
            deadline = time.monotonic() + WAIT
            while s.p.poll() is None and time.monotonic() < deadline:
                s.signal()
                try:
                    s.p.wait(timeout=0.5)
                except subprocess.TimeoutExpired:
                    pass
            rc, out, err = s.finish()
        assert rc == -signal.SIGINT, "status %s\n%s" % (rc, s.text())
        assert "the board does not take console input; stopped" in err, err
        assert out == ["ready"], s.text()
        assert qemu_processes(flash) == [], "QEMU left running"


def test_qemu_sigterm():
    # SIGTERM (or SIGHUP) to the tool stops QEMU too
    with tempfile.TemporaryDirectory(prefix="monty-intr-") as d:
        flash = os.path.join(d, "flash.bin")
        with Session(qemu("uncaught", flash)) as s:
            s.expect("ready")
            s.signal(signal.SIGTERM)
            rc, out, err = s.finish()
        assert rc == -signal.SIGTERM, "status %s\n%s" % (rc, s.text())
        assert qemu_processes(flash) == [], "QEMU left running"
