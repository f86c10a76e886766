/*
 * test_mrfs_power.c - MRFS under power cuts (docs/mrfs.md sections 6-9).
 *
 * A scripted workload (create, replace, delete, fill until compactions run
 * on their own, an explicit compaction, a segment install from MRFS into a
 * slot) is replayed on the flash simulator with the power cut:
 *   - single: after every flash operation 1..N (N+1 = after the last one),
 *     and torn in the middle of every operation 1..N;
 *   - double: during one whole compaction (every operation of the largest
 *     compacting step, clean and torn), then again during the recovery
 *     that the next mount runs: every other operation of that recovery,
 *     clean and torn, shifted with the first cut so that every position is
 *     covered (about 12000 states, 12 s of CPU under ASan).  In the
 *     environment, MRFS_DOUBLE_STRIDE=1 takes every operation (about 25000
 *     states) and MRFS_DOUBLE_ALL=1 every compacting step of the workload
 *     (with both: about 67000 states, 70 s of CPU).
 * After each cut: power on, mount (which recovers), then check: no NOR rule
 * was broken, every completed write reads back exactly, the file being
 * written is old or new, deleted files stay deleted, the listing matches,
 * mrfs_check finds nothing, "boot" (install from MRFS) leaves a valid slot
 * holding the current core.seg, and the store still takes a write and a
 * compaction.  Prints N and the number of states checked.
 */
#include "check.h"
#include "install.h"
#include "mrfs_testutil.h"

#define PAGE 512
#define SLOT_PAGES 4
#define STORE_PAGES 32
#define BASE 0x08000000u
#define NFILES 8
#define PROBE NFILES /* model id used by the usability probe after a cut */
/* double cuts: second cut at every DOUBLE_STRIDE-th operation of each
 * recovery (1: all; MRFS_DOUBLE_STRIDE in the environment overrides) */
#define DOUBLE_STRIDE 2

static FlashSim sim;
static MrfsFlash fl;
static MrfsStore st;
static TuModel model;
static BootFlashInfo fi;
static BootInstallFlash bif;

/* core.seg: committed version and the one being written */
static uint32_t seg_ver, seg_pver;
static int seg_pending;

/* ---- simulator plumbing ---- */

static int sl_erase(void *ctx, uint32_t addr) { return flashsim_erase(ctx, addr - BASE); }
static int sl_program(void *ctx, uint32_t addr, const void *src, uint32_t n) {
    return flashsim_program(ctx, addr - BASE, src, n);
}

static void sim_setup(void) {
    uint32_t slot = SLOT_PAGES * PAGE, store = STORE_PAGES * PAGE;
    flashsim_init(&sim, slot + store, PAGE, 8);
    fl = flashsim_mrfs(&sim, slot, store);
    fi = (BootFlashInfo){.base = BASE,
                         .size = slot + store,
                         .page_size = PAGE,
                         .prog_size = 8,
                         .core_addr = BASE,
                         .core_size = slot,
                         .devs_addr = BASE + slot,
                         .mrfs_addr = BASE + slot,
                         .mrfs_size = store};
    bif = (BootInstallFlash){&fi, sim.mem, sl_erase, sl_program, &sim};
}

static void sim_blank(void) {
    memset(sim.mem, 0xFF, sim.size);
    memset(sim.programmed, 0, sim.size / sim.prog_size);
    memset(sim.erases, 0, sim.size / sim.page_size * sizeof *sim.erases);
    sim.ops = 0;
    sim.violations = 0;
    sim.n_erase = sim.n_program = sim.bytes_programmed = 0;
    flashsim_power_on(&sim);
}

/* a snapshot of flash, simulator and model */
typedef struct Snap {
    uint8_t mem[(SLOT_PAGES + STORE_PAGES) * PAGE];
    uint8_t prog[(SLOT_PAGES + STORE_PAGES) * PAGE / 8];
    long ops;
    TuModel model;
    uint32_t seg_ver, seg_pver;
    int seg_pending;
} Snap;

static void snap_take(Snap *s) {
    memcpy(s->mem, sim.mem, sizeof s->mem);
    memcpy(s->prog, sim.programmed, sizeof s->prog);
    s->ops = sim.ops;
    s->model = model;
    s->seg_ver = seg_ver;
    s->seg_pver = seg_pver;
    s->seg_pending = seg_pending;
}

static void snap_restore(const Snap *s) {
    memcpy(sim.mem, s->mem, sizeof s->mem);
    memcpy(sim.programmed, s->prog, sizeof s->prog);
    sim.ops = s->ops;
    sim.violations = 0;
    flashsim_power_on(&sim);
    model = s->model;
    seg_ver = s->seg_ver;
    seg_pver = s->seg_pver;
    seg_pending = s->seg_pending;
}

/* ---- the segment image: a core segment linked for the slot ---- */

static uint32_t seg_size(uint32_t ver) { return 900 + ver * 211 % 800; }

static void seg_build(uint32_t ver, uint8_t *img) {
    uint32_t size = seg_size(ver);
    const uint8_t *slot = sim.mem; /* the slot is at the start of the simulated flash */
    for (uint32_t i = 0; i < size; i++)
        img[i] = tu_byte(40, ver, i);
    SegHeader h;
    memset(&h, 0, sizeof h);
    h.magic = SEG_MAGIC;
    h.kind = SEG_CORE;
    h.hdr_size = sizeof(SegHeader);
    h.abi_boot = ABI_VERSION(BOOT_ABI_MAJOR, BOOT_ABI_MINOR);
    h.size = size;
    h.build_id = ver;
    h.flash_addr = BASE;
    h.init = (int (*)(const struct BootApi *, const void *))(uintptr_t)(slot + 100);
    memcpy(img, &h, sizeof h);
    static const uint8_t zero[4];
    size_t at = offsetof(SegHeader, crc);
    uint32_t c = boot_crc32(0, img, at);
    c = boot_crc32(c, zero, 4);
    c = boot_crc32(c, img + at + 4, size - at - 4);
    memcpy(img + at, &c, 4);
}

/* ---- the workload ---- */

static uint32_t ver_counter;

static int op_write(int id, uint32_t size) {
    static uint8_t buf[4096];
    char name[32];
    uint32_t ver = ++ver_counter;
    tu_name(name, id);
    tu_fill(buf, id, ver, size);
    TuFile *f = &model.f[id];
    f->pending = 1;
    f->p_exists = 1;
    f->p_ver = ver;
    f->p_size = size;
    int r = mrfs_write(&st, name, buf, size, ver);
    if (r == 0) {
        *f = (TuFile){.exists = 1, .ver = ver, .size = size};
    } else if (r == MRFS_ENOSPC) {
        f->pending = 0; /* refused: nothing changed */
        return 0;
    }
    return r;
}

static int op_delete(int id) {
    char name[32];
    tu_name(name, id);
    TuFile *f = &model.f[id];
    if (!f->exists)
        return 0;
    f->pending = 1;
    f->p_exists = 0;
    int r = mrfs_delete(&st, name, 1);
    if (r == 0)
        *f = (TuFile){0};
    return r;
}

static int op_seg(uint32_t ver) {
    static uint8_t img[2048];
    seg_build(ver, img);
    seg_pending = 1;
    seg_pver = ver;
    int r = mrfs_write(&st, BOOT_CORE_FILE, img, seg_size(ver), 1);
    if (r == 0) {
        seg_ver = ver;
        seg_pending = 0;
    }
    return r;
}

static int op_install(void) {
    char why[80];
    int r = boot_install_segment(&bif, &st, BOOT_CORE_FILE, SEG_CORE, 0, why, sizeof why);
    return r < 0 ? r : 0;
}

/* gen changes tell which steps compacted: their op ranges are recorded */
static long comp_lo[16], comp_hi[16];
static int ncomp;

#define STEP(call)                                                                                 \
    do {                                                                                           \
        uint32_t g_ = mrfs_gen(&st);                                                               \
        long o_ = sim.ops;                                                                         \
        int r_ = (call);                                                                           \
        if (r_ < 0)                                                                                \
            return r_;                                                                             \
        if (mrfs_gen(&st) != g_ && ncomp < 16) {                                                   \
            comp_lo[ncomp] = o_ + 1;                                                               \
            comp_hi[ncomp++] = sim.ops;                                                            \
        }                                                                                          \
    } while (0)

/* everything after format; returns 0 or the first error (the cut) */
static int workload(void) {
    uint64_t saved = tu_rng;
    tu_rng = 12345;
    ver_counter = 0;
    ncomp = 0;
    int r = 0;
    for (int id = 0; id < 6; id++)
        STEP(op_write(id, 100 + (uint32_t)id * 230));
    STEP(op_write(1, 0));
    STEP(op_delete(2));
    STEP(op_seg(1));
    STEP(op_install());
    /* replace until several compactions ran on their own, with a big file */
    for (int i = 0; i < 22; i++) {
        int id = (int)tu_range(0, NFILES - 1);
        uint32_t size = i == 5 ? 1400 : tu_range(40, 900);
        STEP(op_write(id, size));
        if (i % 7 == 3)
            STEP(op_delete((int)tu_range(0, NFILES - 1)));
    }
    STEP(op_seg(2));
    STEP(op_install());
    STEP(mrfs_compact(&st));
    STEP(op_delete(0));
    STEP(op_write(3, 333));
    tu_rng = saved;
    return r;
}

/* format, then the workload with the power cut at operation `cut` (0: none) */
static int replay(long cut, int torn) {
    sim_blank();
    memset(&model, 0, sizeof model);
    model.n = NFILES + 1;
    seg_ver = seg_pver = 0;
    seg_pending = 0;
    if (mrfs_format(&st, &fl, 1) < 0)
        return -100;
    sim.ops = 0;
    if (cut)
        flashsim_cut(&sim, cut, torn);
    return workload();
}

/* ---- checks after a cut ---- */

/* core.seg is in the listing too */
static int seg_files(void) {
    MrfsFile f;
    return mrfs_find(&st, BOOT_CORE_FILE, &f) == 0;
}

static const uint8_t *slot_mem(void) { return sim.mem; }

static char fail_why[256];

static void print_report(void *arg, uint32_t off, int problem, const char *what, const char *name) {
    (void)arg;
    if (problem)
        printf("#   check: %#x %s %s\n", off, what, name ? name : "");
}

/* the full "next boot": mount (recovers), verify, install, use */
static int verify_boot(void) {
    flashsim_power_on(&sim);
    int r = mrfs_mount(&st, &fl, 0);
    if (r < 0) {
        snprintf(fail_why, sizeof fail_why, "mount: %d", r);
        return 0;
    }
    if (sim.violations) {
        snprintf(fail_why, sizeof fail_why, "NOR rule broken: %s", sim.why);
        return 0;
    }
    const char *why = tu_verify(&st, &model, seg_files());
    if (why) {
        snprintf(fail_why, sizeof fail_why, "%s", why);
        return 0;
    }
    /* core.seg is the old or the new version */
    static uint8_t img[2048];
    MrfsFile f;
    int have = mrfs_find(&st, BOOT_CORE_FILE, &f) == 0;
    int ok = 0;
    if (have) {
        seg_build(seg_ver, img);
        ok = seg_ver && f.size == seg_size(seg_ver) && !memcmp(f.data, img, f.size);
        if (!ok && seg_pending) {
            seg_build(seg_pver, img);
            ok = f.size == seg_size(seg_pver) && !memcmp(f.data, img, f.size);
        }
    } else {
        ok = seg_ver == 0;
    }
    if (!ok) {
        snprintf(fail_why, sizeof fail_why, "core.seg is neither version %u nor %u", seg_ver,
                 seg_pver);
        return 0;
    }
    int problems = mrfs_check(&st, NULL, NULL);
    if (problems) {
        mrfs_check(&st, print_report, NULL);
        snprintf(fail_why, sizeof fail_why, "mrfs_check: %d problems", problems);
        return 0;
    }
    /* boot installs from MRFS: the slot must then hold a valid copy of the file */
    char bwhy[80];
    r = boot_install_segment(&bif, &st, BOOT_CORE_FILE, SEG_CORE, 0, bwhy, sizeof bwhy);
    if (r < 0) {
        snprintf(fail_why, sizeof fail_why, "install: %d %s", r, bwhy);
        return 0;
    }
    if (have) {
        const SegHeader *h = (const SegHeader *)slot_mem();
        if (boot_seg_check(h, SEG_CORE, fi.core_size, 0, 1, bwhy, sizeof bwhy) < 0 ||
            memcmp(slot_mem(), f.data, f.size)) {
            snprintf(fail_why, sizeof fail_why, "slot does not hold core.seg after boot: %s", bwhy);
            return 0;
        }
    }
    /* still usable: a write, a compaction, everything still there */
    static uint8_t buf[700];
    tu_fill(buf, PROBE, 999, sizeof buf);
    char name[32];
    tu_name(name, PROBE);
    r = mrfs_write(&st, name, buf, sizeof buf, 1);
    if (r == 0)
        model.f[PROBE] = (TuFile){.exists = 1, .ver = 999, .size = sizeof buf};
    else if (r != MRFS_ENOSPC) {
        snprintf(fail_why, sizeof fail_why, "write after recovery: %d", r);
        return 0;
    }
    r = mrfs_compact(&st);
    if (r < 0 || (why = tu_verify(&st, &model, seg_files())) || sim.violations) {
        snprintf(fail_why, sizeof fail_why, "after recovery, compact %d: %s %s", r, why ? why : "",
                 sim.violations ? sim.why : "");
        return 0;
    }
    return 1;
}

/* ---- the tests ---- */

static long total_ops;

TEST(reference_run) {
    sim_setup();
    CHECK_EQ(replay(0, 0), 0);
    total_ops = sim.ops;
    CHECK_MSG(ncomp >= 3, "only %d compacting steps", ncomp);
    const char *why = tu_verify(&st, &model, seg_files());
    CHECK_MSG(!why, "%s", why);
    CHECK_EQ(sim.violations, 0);
    MrfsStat s;
    CHECK_EQ(mrfs_stat(&st, &s), 0);
    printf("# workload: %ld flash operations (%lu erases, %lu programs), %d compacting steps, "
           "%u compactions recorded\n",
           total_ops, sim.n_erase, sim.n_program, ncomp, s.compactions);
}

TEST(single_cuts) {
    long states = 0;
    for (int torn = 0; torn < 2; torn++)
        for (long k = 1; k <= total_ops + (torn ? 0 : 1); k++) {
            int r = replay(k, torn);
            CHECK_MSG(k > total_ops || r < 0, "cut %ld: workload did not notice (%d)", k, r);
            CHECK_MSG(verify_boot(), "cut at op %ld%s: %s", k, torn ? " (torn)" : "", fail_why);
            states++;
        }
    printf("# single cuts: N = %ld operations, %ld states checked (clean cuts after 0..N-1 "
           "and after the last, torn cuts of 1..N)\n",
           total_ops, states);
}

TEST(double_cuts) {
    static Snap s1;
    const char *all = getenv("MRFS_DOUBLE_ALL");
    const char *sv = getenv("MRFS_DOUBLE_STRIDE");
    long stride = sv ? atol(sv) : DOUBLE_STRIDE;
    if (stride < 1)
        stride = 1;
    long states = 0, firsts = 0;
    CHECK(ncomp > 0);
    /* the explicit compaction (whole), or all compacting steps */
    int from = ncomp - 1, to = ncomp - 1;
    for (int i = 0; i < ncomp; i++)
        if (comp_hi[i] - comp_lo[i] > comp_hi[from] - comp_lo[from] && !all)
            from = to = i; /* the largest one */
    if (all && *all == '1')
        from = 0;
    replay(0, 0);
    long lo[16], hi[16];
    memcpy(lo, comp_lo, sizeof lo);
    memcpy(hi, comp_hi, sizeof hi);
    for (int c = from; c <= to; c++)
        for (int torn1 = 0; torn1 < 2; torn1++)
            for (long k1 = lo[c]; k1 <= hi[c]; k1++) {
                replay(k1, torn1);
                snap_take(&s1);
                /* how long is the recovery? */
                flashsim_power_on(&sim);
                long o0 = sim.ops;
                CHECK_EQ(mrfs_mount(&st, &fl, 0), 0);
                long m = sim.ops - o0;
                firsts++;
                for (int torn2 = 0; torn2 < 2; torn2++)
                    for (long k2 = 1; k2 <= m; k2++) {
                        /* the sample: every stride-th second cut, shifted
                         * with the first cut so all positions get tested */
                        if ((k2 + k1 + torn2) % stride && k2 != m)
                            continue;
                        snap_restore(&s1);
                        flashsim_cut(&sim, sim.ops + k2, torn2);
                        int r = mrfs_mount(&st, &fl, 0);
                        CHECK_MSG(r < 0, "second cut %ld not noticed", k2);
                        CHECK_MSG(verify_boot(), "cut %ld%s then %ld%s in recovery: %s", k1,
                                  torn1 ? " (torn)" : "", k2, torn2 ? " (torn)" : "", fail_why);
                        states++;
                    }
            }
    printf("# double cuts: %ld first cuts (every operation of compacting step(s) %d..%d, ops "
           "%ld..%ld, clean and torn), second cuts during each recovery: every %ld%s "
           "operation(s), clean and torn: %ld states checked\n",
           firsts, from, to, lo[from], hi[to], stride,
           stride == 1   ? " (all)"
           : stride == 2 ? "nd"
           : stride == 3 ? "rd"
                         : "th",
           states);
    flashsim_close(&sim);
}

int main(void) {
    RUN(reference_run);
    RUN(single_cuts);
    RUN(double_cuts);
    return check_done();
}
