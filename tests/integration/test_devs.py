"""Devs replaced while core runs, natively (dlopen) and on qemu (from MRFS)."""
from helpers import BUILD, MONTY, MONTY_ASAN, expect_in_order, run

EXPECTED = [
    "version 1 calls 1 count 1 core 1 area True",
    "version 1 calls 2 count 2 core 2 area True",
    # devs' own counter restarts, core's state (count, core counter) goes on
    "version 2 calls 1 count 3 core 3 area True",
    "heap grew by less than an area: True",
    "[1, 2, 3]",
    "bad source: devs reload failed",
    "still here: 2 3",
]


def check(cmd):
    rc, out, err = run(cmd)
    assert rc == 0, (rc, out, err)
    assert out.splitlines() == EXPECTED, out + err


def test_native_devs_swap():
    check([MONTY_ASAN, "tests/integration/devs_swap.py", BUILD + "/asan/devs2.so"])


def test_qemu_devs_swap():
    check([MONTY, "--board", "qemu", "tests/integration/devs_swap.py", "devs2.seg"])


def test_native_devs_swap_log():
    """The life-cycle log shows the unload and the new devs' init."""
    rc, out, err = run([MONTY_ASAN, "-v", "tests/integration/devs_swap.py",
                        BUILD + "/asan/devs2.so"])
    expect_in_order(out, ["cheers from devs (variant 1)", "bye from devs (variant 1)",
                          "cheers from devs (variant 2)", "bye from devs (variant 2)",
                          "goodbye from core"])
