"""The host tool: `monty mrfs IMAGE VERB ...` and `-X heapsize=`."""
import os
import tempfile

from helpers import MONTY_ASAN, run


def mrfs(img, *args, input=None):
    return run([MONTY_ASAN, "mrfs", img] + list(args), input=input)


def test_mrfs_tool_verbs():
    with tempfile.TemporaryDirectory() as d:
        img = os.path.join(d, "store.img")
        data = os.path.join(d, "data.bin")
        payload = bytes(range(256)) * 40
        open(data, "wb").write(payload)
        assert mrfs(img, "format", "--size", "65536")[0] == 0
        assert os.path.getsize(img) == 65536
        rc, out, err = mrfs(img, "put", "blob", data)
        assert rc == 0, err
        rc, out, err = mrfs(img, "put", "note", "-", input="hello from stdin\n")
        assert rc == 0, err
        # get writes the exact bytes (read as text here: compare via a file)
        out_path = os.path.join(d, "out.bin")
        os.system("%s mrfs %s get blob > %s" % (MONTY_ASAN, img, out_path))
        assert open(out_path, "rb").read() == payload
        rc, out, err = mrfs(img, "get", "note")
        assert rc == 0 and out == "hello from stdin\n", (out, err)
        rc, out, err = mrfs(img, "ls")
        names = [l.split()[0] for l in out.splitlines()]
        sizes = [int(l.split()[1]) for l in out.splitlines()]
        assert names == ["blob", "note"] and sizes == [len(payload), 17], out
        # replace, delete, compact, check, stat
        assert mrfs(img, "put", "note", "-", input="v2")[0] == 0
        assert mrfs(img, "get", "note")[1] == "v2"
        assert mrfs(img, "rm", "blob")[0] == 0
        assert mrfs(img, "compact")[0] == 0
        rc, out, err = mrfs(img, "check")
        assert rc == 0, out + err
        rc, out, err = mrfs(img, "stat")
        assert rc == 0 and "free" in out, out
        assert [l.split()[0] for l in mrfs(img, "ls")[1].splitlines()] == ["note"]


def test_mrfs_tool_errors():
    with tempfile.TemporaryDirectory() as d:
        img = os.path.join(d, "store.img")
        assert mrfs(img, "format", "--size", "16384")[0] == 0
        rc, out, err = mrfs(img, "get", "missing")
        assert rc != 0 and "missing" in err and len(err.strip().splitlines()) == 1, err
        rc, out, err = mrfs(img, "put", "x" * 40, "-", input="a")
        assert rc != 0 and "too long" in err, err
        big = os.path.join(d, "big")
        open(big, "wb").write(b"\x01" * 20000)
        rc, out, err = mrfs(img, "put", "big", big)
        assert rc != 0 and ("full" in err or "fit" in err), err
        junk = os.path.join(d, "junk.img")
        open(junk, "wb").write(os.urandom(16384))
        rc, out, err = mrfs(junk, "ls")
        assert rc != 0 and "MRFS" in err, err
        # a damaged entry is found and named by check
        raw = bytearray(open(img, "rb").read())
        assert mrfs(img, "put", "victim", "-", input="precious data")[0] == 0
        raw = bytearray(open(img, "rb").read())
        i = raw.find(b"precious data")
        raw[i] ^= 0xFF
        open(img, "wb").write(raw)
        rc, out, err = mrfs(img, "check")
        assert rc != 0 and "victim" in (out + err), out + err


def test_heapsize_option():
    prog = "import gc\ngc.collect()\nprint(gc.mem_free() + gc.mem_alloc())\n"
    with tempfile.TemporaryDirectory() as d:
        p = os.path.join(d, "heap.py")
        open(p, "w").write(prog)
        total = {}
        for size in ("64k", "256k"):
            rc, out, err = run([MONTY_ASAN, "-X", "heapsize=" + size, p])
            assert rc == 0, err
            total[size] = int(out)
        assert 60 * 1024 <= total["64k"] <= 64 * 1024, total
        assert 250 * 1024 <= total["256k"] <= 256 * 1024, total
        rc, out, err = run([MONTY_ASAN, "-X", "heapsize=lots", p])
        assert rc != 0 and "bad heap size" in err, err
