"""Segments: life cycle, validation and refusal on qemu and natively (issue: segmented firmware)."""
import subprocess
import time

from helpers import (MONTY, MONTY_ASAN, ROOT, FlashCopy, expect_in_order, fix_crc, layout,
                     read_header, run, write_header)

L = layout("qemu")


def test_qemu_lifecycle_log():
    rc, out, err = run([MONTY, "--board", "qemu", "-v", "--timeout", "30"])
    assert rc is not None and "timed out" not in err, err
    expect_in_order(out, [
        "<RESET>",
        "  flash %08X.." % L["BOOT_ADDR"],
        "ram %08X.." % L["BOOT_RAM"],
        "stack top %08X" % (L["RAM_BASE"] + L["RAM_SIZE"]),
        "boot -> core init",
        "hello from core",
        "gc pool %08X..%08X" % (L["POOL_ADDR"], L["POOL_END"]),
        "core -> devs init",
        "cheers from devs",
        "flash %08X.." % L["DEVS_ADDR"],
        "core -> devs deinit",
        "bye from devs",
        "goodbye from core",
        "boot <- core deinit",
        "<EXIT",
    ])


def test_native_lifecycle_log():
    rc, out, err = run([MONTY_ASAN, "-v"])
    expect_in_order(out, ["<RESET>", "boot -> core init", "hello from core", "gc pool",
                          "cheers from devs", "bye from devs", "goodbye from core", "<EXIT"])


def test_native_missing_devs_reported_core_goes_on():
    rc, out, err = run([MONTY_ASAN, "-v", "--devs", "/nonexistent/devs.so"])
    assert "cannot load devs" in err, err
    assert "boot: devs segment refused: no segment" in err, err
    expect_in_order(out, ["hello from core", "goodbye from core"])


def test_qemu_corrupt_core_refused_shell_usable():
    with FlashCopy() as f:
        f.img[L["CORE_ADDR"] + 300] ^= 0x40
        f.save()
        rc, out, err = run([MONTY, "--board", "qemu", "--flash", f.path, "--timeout", "30"],
                           input="help\ninfo\nexit 3\n")
    assert "boot: core segment refused: CRC mismatch" in err, err
    expect_in_order(out, ["boot> ",
                          "commands: help info reset exit", "core: invalid (CRC mismatch)",
                          "devs: ok"])
    assert "hello from core" not in out, out
    assert rc == 3, (rc, err)


def test_qemu_corrupt_devs_refused_core_goes_on():
    with FlashCopy() as f:
        f.img[L["DEVS_ADDR"] + 100] ^= 0x01
        f.save()
        rc, out, err = run([MONTY, "--board", "qemu", "-v", "--flash", f.path, "--timeout", "30"])
    assert "boot: devs segment refused: CRC mismatch" in err, err
    expect_in_order(out, ["hello from core", "goodbye from core", "<EXIT"])
    assert "cheers from devs" not in out, out


def test_qemu_devs_needing_newer_core_minor_refused():
    with FlashCopy() as f:
        h = read_header(f.img, L["DEVS_ADDR"])
        h["abi_core"] = (h["abi_core"] & 0xFF00) | ((h["abi_core"] & 0xFF) + 1)
        write_header(f.img, L["DEVS_ADDR"], h)
        fix_crc(f.img, L["DEVS_ADDR"])  # a valid image, only the ABI is too new
        f.save()
        rc, out, err = run([MONTY, "--board", "qemu", "-v", "--flash", f.path, "--timeout", "30"])
    assert "boot: devs segment refused: needs a newer core ABI minor version" in err, err
    expect_in_order(out, ["goodbye from core"])


def test_qemu_devs_other_core_major_refused():
    with FlashCopy() as f:
        h = read_header(f.img, L["DEVS_ADDR"])
        h["abi_core"] = h["abi_core"] + 0x100
        write_header(f.img, L["DEVS_ADDR"], h)
        fix_crc(f.img, L["DEVS_ADDR"])
        f.save()
        rc, out, err = run([MONTY, "--board", "qemu", "-v", "--flash", f.path, "--timeout", "30"])
    assert "boot: devs segment refused: needs another core ABI major version" in err, err


def test_seg_info_matches_zlib_crc():
    """`monty seg info` accepts the built images; zlib agrees with boot's CRC."""
    with FlashCopy() as f:
        for slot in ("CORE_ADDR", "DEVS_ADDR"):
            h = read_header(f.img, L[slot])
            before = h["crc"]
            fix_crc(f.img, L[slot])
            assert read_header(f.img, L[slot])["crc"] == before, slot
    for seg in ("boot", "core", "devs"):
        rc, out, err = run([MONTY, "seg", "info", "build/qemu/%s.bin" % seg])
        assert rc == 0 and "(ok)" in out, (seg, out, err)


def test_qemu_hung_board_times_out():
    """A board that never finishes is stopped with a clear message and status 124."""
    with FlashCopy() as f:
        f.img[L["CORE_ADDR"] + 300] ^= 0x40  # boot's shell then waits for input
        f.save()
        t0 = time.time()
        p = subprocess.Popen([MONTY, "--board", "qemu", "--flash", f.path, "--timeout", "3"],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, cwd=ROOT)
        # stdin stays open (no end of input, which would end the shell)
        p.wait(timeout=60)
        err = p.stderr.read()
        p.stdin.close()
    assert p.returncode == 124, (p.returncode, err)
    assert b"board timed out after 3 s" in err, err
    assert time.time() - t0 < 30


def _defined(objs):
    out = subprocess.run(["nm", "--defined-only", "-g"] + objs, capture_output=True,
                         text=True).stdout
    return {l.split()[-1] for l in out.splitlines() if len(l.split()) == 3}


def _undefined(objs):
    out = subprocess.run(["nm", "-u"] + objs, capture_output=True, text=True).stdout
    return {l.split()[-1] for l in out.splitlines() if l.strip() and not l.endswith(":")}


def test_segments_use_no_other_segments_symbols():
    """Natively boot and core share a program: check that core and devs
    reach boot (and devs reaches core) only through the tables.  The one
    symbol boot takes from core is its header, `core_segment`."""
    import glob
    import os
    from helpers import BUILD
    b = os.path.join(BUILD, "asan")
    boot = glob.glob(b + "/boot/*.o") + glob.glob(b + "/boot/native/*.o") + \
        glob.glob(b + "/mrfs/*.o")
    core = glob.glob(b + "/core/*.o") + glob.glob(b + "/core/compiler/*.o")
    assert boot and core, "build/asan objects missing"
    boot_syms, core_syms = _defined(boot), _defined(core)
    bad = _undefined(core) & boot_syms
    assert not bad, "core uses boot's symbols: %s" % sorted(bad)
    assert _undefined(boot) & core_syms == {"core_segment"}, _undefined(boot) & core_syms
    devs = subprocess.run(["nm", "-D", "--undefined-only", b + "/devs.so"], capture_output=True,
                          text=True).stdout.split()
    assert not (set(devs) & (boot_syms | core_syms)), set(devs) & (boot_syms | core_syms)
