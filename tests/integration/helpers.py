"""Shared helpers for the integration tests (tests/integration/test_*.py).

Each test_* function raises AssertionError with a message on failure; the
runner (tests/run) reports it.  Paths are relative to the project root.
"""
import os
import re
import shutil
import struct
import subprocess
import tempfile
import zlib

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BUILD = os.environ.get("MONTY_BUILD", os.path.join(ROOT, "build"))
MONTY = os.path.join(BUILD, "monty")          # release build (drives qemu)
MONTY_ASAN = os.path.join(BUILD, "asan", "monty")
FLASH = os.path.join(BUILD, "qemu", "flash.bin")


def layout(board="qemu"):
    """The #defines of boot/<board>/layout.h, evaluated."""
    text = open(os.path.join(ROOT, "boot", board, "layout.h")).read()
    defs = dict(re.findall(r"#define (\w+) (.+?)(?:\s*/\*.*)?$", text, re.M))
    out = {}

    def ev(name):
        if name not in out:
            expr = defs[name]
            expr = re.sub(r"\b([A-Z_][A-Z0-9_]*)\b", lambda m: str(ev(m.group(1))), expr)
            out[name] = eval(expr, {})  # layout.h holds integer arithmetic only
        return out[name]
    for k, v in defs.items():
        if not v.startswith('"'):
            ev(k)
    return out


def run(cmd, input=None, timeout=120):
    p = subprocess.run(cmd, input=input.encode() if isinstance(input, str) else input,
                       capture_output=True, timeout=timeout, cwd=ROOT)
    return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")


def expect_in_order(text, pieces):
    pos = 0
    for piece in pieces:
        i = text.find(piece, pos)
        assert i >= 0, "expected %r after position %d in:\n%s" % (piece, pos, text)
        pos = i + len(piece)


# segment header of a flat image: see boot/boot.h (32-bit layout, 60 bytes)
HDR = struct.Struct("<IBBHHHIIIIIIIIIIII")
HDR_FIELDS = ("magic kind hdr_size abi_boot abi_core reserved size crc build_id flash_addr "
              "data_load data_start data_end bss_end init run deinit exports").split()


def read_header(img, off):
    return dict(zip(HDR_FIELDS, HDR.unpack_from(img, off)))


def write_header(img, off, h):
    HDR.pack_into(img, off, *[h[f] for f in HDR_FIELDS])


def fix_crc(img, off):
    """Recomputes a segment's CRC with zlib (an independent implementation)."""
    h = read_header(img, off)
    h["crc"] = 0
    write_header(img, off, h)
    h["crc"] = zlib.crc32(bytes(img[off:off + h["size"]])) & 0xFFFFFFFF
    write_header(img, off, h)


class FlashCopy:
    """A temporary copy of build/qemu/flash.bin to modify and boot."""

    def __enter__(self):
        self.dir = tempfile.mkdtemp(prefix="monty-test-")
        self.path = os.path.join(self.dir, "flash.bin")
        shutil.copy(FLASH, self.path)
        self.img = bytearray(open(self.path, "rb").read())
        return self

    def save(self):
        open(self.path, "wb").write(self.img)

    def __exit__(self, *a):
        shutil.rmtree(self.dir, ignore_errors=True)
