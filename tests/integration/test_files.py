"""MRFS through the boot table on qemu: write, replace, read back, delete,
and survive board resets and QEMU restarts (flash persisted to a host file)."""
import os
import tempfile

from helpers import MONTY, run


def test_qemu_files_survive_reset_and_restart():
    with tempfile.TemporaryDirectory() as d:
        flash = os.path.join(d, "flash.bin")
        # the first run creates the flash file from the built image; the
        # program resets the board twice (QEMU restarts from the file)
        rc, out, err = run([MONTY, "--board", "qemu", "--flash", flash, "--timeout", "60",
                            "tests/integration/files_reset.py"])
        assert rc == 0, (rc, out, err)
        assert out.splitlines() == ["boot 0", "boot 1", "boot 2", "done b'2' 3000 1 1",
                                    "['big', 'counter', 'devs2.seg', 'main.mpy']",
                                    "tmp deleted"], out + err
        # a new QEMU run on the same flash file: everything is still there
        rc, out, err = run([MONTY, "--board", "qemu", "--flash", flash, "--timeout", "60",
                            "tests/integration/files_reset.py"])
        assert rc == 0 and out.splitlines()[:2] == ["boot 2", "done b'2' 3000 1 1"], out + err
