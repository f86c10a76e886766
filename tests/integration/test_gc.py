"""Monty's gc statistics on request (gc.stats()), in the notes' format, on both boards."""
import os
import re
import tempfile

from helpers import MONTY, MONTY_ASAN, run

PROG = """import gc
keep = [[i] * 10 for i in range(50)]
gc.stats()
gc.collect()
gc.stats()
print("free", gc.mem_free())
"""

LINE = [r"gc: avail (\d+) b, (\d+) checks, (\d+) sweeps, (\d+) compacts",
        r"gc: total +(\d+) objs +(\d+) b, +(\d+) vecs +(\d+) b",
        r"gc:  curr +(\d+) objs +(\d+) b, +(\d+) vecs +(\d+) b",
        r"gc:   max +(\d+) objs +(\d+) b, +(\d+) vecs +(\d+) b"]


def check(cmd_prefix):
    with tempfile.TemporaryDirectory() as d:
        p = os.path.join(d, "stats.py")
        open(p, "w").write(PROG)
        rc, out, err = run(cmd_prefix + [p])
    assert rc == 0, err
    lines = out.splitlines()
    assert len(lines) == 9, out
    first = [re.fullmatch(r, l) for r, l in zip(LINE, lines[0:4])]
    second = [re.fullmatch(r, l) for r, l in zip(LINE, lines[4:8])]
    assert all(first) and all(second), out
    # the collection was counted, and at least the 50 lists are alive
    assert int(second[0].group(3)) == int(first[0].group(3)) + 1, out
    assert int(second[2].group(1)) >= 50, out
    # mem_free() reports the same free space (less what print allocated)
    assert 0 <= int(second[0].group(1)) - int(lines[8].split()[1]) < 1024, out


def test_native_gc_stats():
    check([MONTY_ASAN])


def test_qemu_gc_stats():
    check([MONTY, "--board", "qemu"])
