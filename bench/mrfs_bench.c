/*
 * mrfs_bench.c - MRFS benchmark (not a timed test): flash operations, write
 * amplification, pages erased per compaction, wear, and the code size of
 * MRFS for the Cortex-M boards.  Run from the repository root:
 *
 *   build/native/mrfs_bench          (or any build of this file with mrfs/
 *                                      and boot/native/flashsim.c)
 *
 * Workload (deterministic): a 64 KB store of 2 KB pages programmed 8 bytes
 * at a time (the STM32L4's flash; the host tool's default), holding
 *   - an 8 KB segment image, replaced 1 time in 50,
 *   - 8 modules of 0.5..2.5 KB, replaced 1 time in 2,
 *   - 6 settings files of 20..200 bytes, replaced the rest of the time,
 * and 5000 replacements.  "Bytes stored" counts the data bytes of the
 * writes; "bytes programmed" all bytes MRFS programmed (headers, trailers,
 * compaction copies, META), so their ratio is the write amplification.
 *
 * Code size: compiles the mrfs/ sources with arm-none-eabi-gcc -Os -mthumb for
 * Cortex-M3 (qemu) and Cortex-M4 (stm32l4), full and with MRFS_READONLY,
 * and the smallest reader (mount + find, after section garbage
 * collection), and prints the text sizes.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "flashsim.h"
#include "mrfs.h"

static uint64_t rng = 0x2545F4914F6CDD1Dull;
static uint32_t rnd(uint32_t lo, uint32_t hi) {
    rng ^= rng >> 12;
    rng ^= rng << 25;
    rng ^= rng >> 27;
    return lo + (uint32_t)((rng * 2685821657736338717ull) >> 33) % (hi - lo + 1);
}

static void workload(void) {
    FlashSim sim;
    MrfsStore st;
    static uint8_t buf[16384];
    const uint32_t size = 64 * 1024, page = 2048, prog = 8, n = 5000;
    if (flashsim_init(&sim, size, page, prog) < 0) {
        printf("mrfs: cannot make the flash simulator\n");
        return;
    }
    MrfsFlash fl = flashsim_mrfs(&sim, 0, size);
    mrfs_format(&st, &fl, 1);
    unsigned long erase0 = sim.n_erase, prog0 = sim.n_program, bytes0 = sim.bytes_programmed;
    unsigned long stored = 0, failed = 0, other = 0, stuck = 0;
    MrfsStat s0;
    mrfs_stat(&st, &s0);
    for (uint32_t i = 0; i < n; i++) {
        char name[32];
        uint32_t k = rnd(0, 99), len;
        if (k < 2) {
            snprintf(name, sizeof name, "devs.seg");
            len = 8 * 1024;
        } else if (k < 52) {
            snprintf(name, sizeof name, "mod%02u.mpy", rnd(0, 7));
            len = rnd(500, 2500);
        } else {
            snprintf(name, sizeof name, "cfg%u.txt", rnd(0, 5));
            len = rnd(20, 200);
        }
        for (uint32_t j = 0; j < len; j++)
            buf[j] = (uint8_t)(i * 31 + j * 7);
        int r = mrfs_write(&st, name, buf, len, i);
        if (r == 0) {
            stored += len;
        } else {
            failed++;
            if (r != MRFS_ENOSPC && !other++)
                printf("mrfs: ERROR: write %u (%s, %u bytes): %d\n", i, name, len, r);
            if (r == MRFS_ENOSPC && mrfs_check(&st, NULL, NULL) && !stuck++)
                printf("mrfs: ERROR: write %u (%s, %u bytes): compaction did not finish\n", i, name,
                       len);
        }
    }
    MrfsStat s;
    mrfs_stat(&st, &s);
    unsigned long erases = sim.n_erase - erase0, progs = sim.n_program - prog0;
    unsigned long bytes = sim.bytes_programmed - bytes0;
    uint32_t comps = s.compactions - s0.compactions, min = ~0u, max = 0;
    unsigned long sum = 0;
    for (uint32_t p = 0; p < size / page; p++) {
        sum += sim.erases[p];
        min = sim.erases[p] < min ? sim.erases[p] : min;
        max = sim.erases[p] > max ? sim.erases[p] : max;
    }
    double mean = (double)sum / (size / page);
    printf("mrfs: workload: %u replacements (%lu refused), %lu data bytes stored in a %u KB store "
           "(%u B pages, %u B programs)\n",
           n, failed, stored, size / 1024, page, prog);
    printf(
        "mrfs: flash operations: %lu erases, %lu programs (%.2f per write), %lu bytes programmed\n",
        erases, progs, (double)progs / n, bytes);
    printf("mrfs: write amplification: %.2f bytes programmed per byte stored\n",
           (double)bytes / (double)stored);
    printf("mrfs: compactions: %u, %.1f pages erased per compaction (of %u)\n", comps,
           comps ? (double)erases / comps : 0.0, size / page);
    printf("mrfs: wear: erases per page min %u, mean %.1f, max %u (max/mean %.2f)\n", min, mean,
           max, mean > 0 ? max / mean : 0.0);
    if (sim.violations)
        printf("mrfs: ERROR: flash rule broken: %s\n", sim.why);
    flashsim_close(&sim);
}

/* text size of a compile, or -1 */
static long text_size(const char *cpu, const char *defs, const char *files, const char *extra) {
    char cmd[1024];
    snprintf(cmd, sizeof cmd,
             "d=$(mktemp -d) && for f in %s; do arm-none-eabi-gcc -std=c11 -mcpu=%s -mthumb -Os "
             "-ffreestanding -ffunction-sections -fdata-sections %s -Imrfs -c $f -o $d/$(basename "
             "$f .c).o "
             "|| exit 1; done && %s arm-none-eabi-size -t $d/*.o | tail -1; rm -rf $d",
             files, cpu, defs, extra);
    FILE *p = popen(cmd, "r");
    if (!p)
        return -1;
    long text = -1;
    if (fscanf(p, "%ld", &text) != 1)
        text = -1;
    pclose(p);
    return text;
}

static void code_size(void) {
    static const struct {
        const char *board, *cpu;
    } boards[] = {{"qemu", "cortex-m3"}, {"stm32l4", "cortex-m4"}};
    if (system("arm-none-eabi-gcc --version >/dev/null 2>&1") != 0) {
        printf("mrfs: code size: arm-none-eabi-gcc not found\n");
        return;
    }
    for (int i = 0; i < 2; i++) {
        long full = text_size(boards[i].cpu, "", "mrfs/mrfs.c mrfs/mrfs_write.c", "");
        long ro = text_size(boards[i].cpu, "-DMRFS_READONLY", "mrfs/mrfs.c", "");
        /* the smallest reader: mount + find, unused functions dropped */
        long min = text_size(boards[i].cpu, "-DMRFS_READONLY", "mrfs/mrfs.c",
                             "arm-none-eabi-ld -r --gc-sections -u mrfs_mount -u mrfs_find "
                             "-o $d/min.x $d/mrfs.o && rm $d/mrfs.o && mv $d/min.x $d/min.o &&");
        printf("mrfs: code size %s (%s, -Os -mthumb): full %ld B, read-only %ld B, "
               "mount+find only %ld B\n",
               boards[i].board, boards[i].cpu, full, ro, min);
    }
}

int main(void) {
    workload();
    code_size();
    return 0;
}
