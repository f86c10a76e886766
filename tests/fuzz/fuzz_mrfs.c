/*
 * fuzz_mrfs.c - MRFS on arbitrary images: mount, lookup, listing, check,
 * stat and probe must never crash or read outside the store (the image is
 * an exact-size heap buffer, so ASan sees any stray read).  With bit 5 of
 * the first byte set, the image is also mounted read-write on the flash
 * simulator (recovery = a compaction of whatever is there), written to and
 * compacted: that must not crash, loop, or break a NOR flash rule.
 *
 * Input: byte 0 = geometry and mode (page 128 << (b & 3) % 3, program
 * size 1 << ((b >> 2) & 7) % 6, bit 5 read-write), then the image (16
 * pages; padded with 0xFF, excess ignored).  Seeds: tests/fuzz/corpus_mrfs.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "flashsim.h"
#include "mrfs.h"

static int touch(void *arg, const MrfsFile *f) {
    uint32_t *sum = arg;
    for (uint32_t i = 0; i < f->size; i++)
        *sum += f->data[i];
    *sum += (uint32_t)strlen(f->name);
    return 0;
}

static int collect(void *arg, const MrfsFile *f) {
    char(*names)[32] = arg;
    for (int i = 0; i < 4; i++)
        if (!names[i][0]) {
            memcpy(names[i], f->name, strlen(f->name) + 1);
            break;
        }
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size < 1)
        return 0;
    uint32_t page = 128u << ((data[0] & 3) % 3);
    uint32_t prog = 1u << (((data[0] >> 2) & 7) % 6);
    int rw = (data[0] >> 5) & 1;
    uint32_t len = 16 * page;
    data++;
    size--;

    FlashSim sim;
    if (flashsim_init(&sim, len, page, prog) < 0)
        return 0;
    memcpy(sim.mem, data, size < len ? size : len);
    /* the simulator's "programmed" map must reflect the copied content */
    for (uint32_t u = 0; u < len / prog; u++) {
        sim.programmed[u] = 0;
        for (uint32_t i = 0; i < prog; i++)
            if (sim.mem[u * prog + i] != 0xFF)
                sim.programmed[u] = 1;
    }
    MrfsFlash fl = flashsim_mrfs(&sim, 0, len);
    MrfsStore st;
    uint32_t pg, pr, sum = 0;
    mrfs_probe(sim.mem, len, &pg, &pr);
    if (mrfs_mount(&st, &fl, MRFS_MOUNT_RDONLY) == 0) {
        char names[4][32] = {{0}};
        mrfs_list(&st, collect, names);
        mrfs_list(&st, touch, &sum);
        for (int i = 0; i < 4; i++) {
            MrfsFile f;
            if (names[i][0] && mrfs_find(&st, names[i], &f) == 0)
                touch(&sum, &f);
        }
        MrfsFile f;
        mrfs_find(&st, "core.seg", &f);
        MrfsStat s;
        mrfs_stat(&st, &s);
        mrfs_check(&st, NULL, NULL);
        for (uint32_t p = 0; p < st.pages; p++)
            sum += (uint32_t)mrfs_erase_count(&st, p);
    }
    if (rw) {
        /* a failed recovery still leaves the store mounted; calls on a
         * store that did not mount return MRFS_EINVAL */
        static const uint8_t payload[300] = {1, 2, 3};
        mrfs_mount(&st, &fl, 0);
        mrfs_write(&st, "fuzz.dat", payload, sizeof payload, 1);
        mrfs_delete(&st, "fuzz.dat", 2);
        mrfs_compact(&st);
        mrfs_write(&st, "after", payload, 100, 3);
        mrfs_check(&st, NULL, NULL);
        MrfsFile f;
        mrfs_find(&st, "after", &f);
        if (sim.violations) {
            fprintf(stderr, "flash rule broken: %s\n", sim.why);
            abort();
        }
    }
    flashsim_close(&sim);
    return (int)(sum & 0);
}
