/*
 * test_mrfs_install.c - installing segments from MRFS into their slots
 * (boot/install.c, docs/mrfs.md section 8): the file is validated before
 * anything is erased, an identical slot is left alone, a different or
 * broken slot is rewritten, core goes first and devs is checked against it.
 * Power cuts during an install: test_mrfs_power.c.
 */
#include "check.h"
#include "install.h"
#include "mrfs_testutil.h"

#define PAGE 512
#define CORE_PAGES 4
#define DEVS_PAGES 2
#define STORE_PAGES 32
#define BASE 0x08000000u
#define CORE_OFF 0
#define DEVS_OFF (CORE_PAGES * PAGE)
#define STORE_OFF ((CORE_PAGES + DEVS_PAGES) * PAGE)

static FlashSim sim;
static MrfsFlash fl;
static MrfsStore st;
static BootFlashInfo fi;
static BootInstallFlash bif;

static int sl_erase(void *ctx, uint32_t addr) { return flashsim_erase(ctx, addr - BASE); }
static int sl_program(void *ctx, uint32_t addr, const void *src, uint32_t n) {
    return flashsim_program(ctx, addr - BASE, src, n);
}

static void setup(void) {
    flashsim_init(&sim, STORE_OFF + STORE_PAGES * PAGE, PAGE, 8);
    fl = flashsim_mrfs(&sim, STORE_OFF, STORE_PAGES * PAGE);
    mrfs_format(&st, &fl, 1);
    fi = (BootFlashInfo){.base = BASE,
                         .size = sim.size,
                         .page_size = PAGE,
                         .prog_size = 8,
                         .core_addr = BASE + CORE_OFF,
                         .core_size = CORE_PAGES * PAGE,
                         .devs_addr = BASE + DEVS_OFF,
                         .devs_size = DEVS_PAGES * PAGE,
                         .mrfs_addr = BASE + STORE_OFF,
                         .mrfs_size = STORE_PAGES * PAGE};
    bif = (BootInstallFlash){&fi, sim.mem, sl_erase, sl_program, &sim};
}

/* an image linked for its slot; abi_core: exported (core) or needed (devs) */
static uint32_t build(uint8_t *img, int kind, uint32_t ver, uint32_t size, uint16_t abi_core) {
    uint32_t slot = kind == SEG_CORE ? CORE_OFF : DEVS_OFF;
    for (uint32_t i = 0; i < size; i++)
        img[i] = tu_byte(kind, ver, i);
    SegHeader h;
    memset(&h, 0, sizeof h);
    h.magic = SEG_MAGIC;
    h.kind = (uint8_t)kind;
    h.hdr_size = sizeof(SegHeader);
    h.abi_boot = ABI_VERSION(BOOT_ABI_MAJOR, BOOT_ABI_MINOR);
    h.abi_core = abi_core;
    h.size = size;
    h.build_id = ver;
    h.flash_addr = BASE + slot;
    h.init = (int (*)(const struct BootApi *, const void *))(uintptr_t)(sim.mem + slot + 80);
    memcpy(img, &h, sizeof h);
    static const uint8_t zero[4];
    size_t at = offsetof(SegHeader, crc);
    uint32_t c = boot_crc32(0, img, at);
    c = boot_crc32(c, zero, 4);
    c = boot_crc32(c, img + at + 4, size - at - 4);
    memcpy(img + at, &c, 4);
    return size;
}

static int slot_holds(uint32_t slot, const uint8_t *img, uint32_t size) {
    return !memcmp(sim.mem + slot, img, size);
}

TEST(install_rules) {
    setup();
    static uint8_t core1[1500], core2[1800], devs1[700], bad[1500];
    char why[100];
    uint32_t n1 = build(core1, SEG_CORE, 1, sizeof core1, ABI_VERSION(2, 3));
    /* nothing in MRFS: nothing to do */
    CHECK_EQ(boot_install_segments(&bif, &st, why, sizeof why), 0);
    CHECK_EQ(mrfs_write(&st, BOOT_CORE_FILE, core1, n1, 1), 0);
    CHECK_EQ(boot_install_segments(&bif, &st, why, sizeof why), BOOT_INSTALLED_CORE);
    CHECK(slot_holds(CORE_OFF, core1, n1));
    /* the same again: left alone (no flash operation at all) */
    long ops = sim.ops;
    CHECK_EQ(boot_install_segments(&bif, &st, why, sizeof why), 0);
    CHECK_EQ(sim.ops, ops);
    /* a broken file is refused before anything is erased */
    memcpy(bad, core1, n1);
    bad[1000] ^= 1;
    CHECK_EQ(mrfs_write(&st, BOOT_CORE_FILE, bad, n1, 2), 0);
    ops = sim.ops;
    CHECK_EQ(boot_install_segment(&bif, &st, BOOT_CORE_FILE, SEG_CORE, 0, why, sizeof why),
             BOOT_EBADSEG);
    CHECK_MSG(strstr(why, "CRC"), "why: %s", why);
    CHECK_EQ(sim.ops, ops);
    CHECK(slot_holds(CORE_OFF, core1, n1));
    /* wrong kind, wrong link address, too big for the slot */
    uint8_t *d = devs1;
    build(d, SEG_DEVS, 1, sizeof devs1, ABI_VERSION(2, 1));
    CHECK_EQ(mrfs_write(&st, BOOT_CORE_FILE, d, sizeof devs1, 3), 0);
    ops = sim.ops;
    CHECK_EQ(boot_install_segment(&bif, &st, BOOT_CORE_FILE, SEG_CORE, 0, why, sizeof why),
             BOOT_EBADSEG);
    CHECK_EQ(sim.ops, ops);
    CHECK_EQ(mrfs_write(&st, BOOT_DEVS_FILE, core1, n1, 3), 0); /* linked for core's slot */
    ops = sim.ops;
    CHECK_EQ(boot_install_segment(&bif, &st, BOOT_DEVS_FILE, SEG_DEVS, ABI_VERSION(2, 3), why,
                                  sizeof why),
             BOOT_EBADSEG);
    CHECK_EQ(sim.ops, ops);
    /* a new core replaces the old one; then devs against it */
    uint32_t n2 = build(core2, SEG_CORE, 2, sizeof core2, ABI_VERSION(2, 3));
    CHECK_EQ(mrfs_write(&st, BOOT_CORE_FILE, core2, n2, 4), 0);
    CHECK_EQ(mrfs_write(&st, BOOT_DEVS_FILE, devs1, sizeof devs1, 4), 0);
    CHECK_EQ(boot_install_segments(&bif, &st, why, sizeof why),
             BOOT_INSTALLED_CORE | BOOT_INSTALLED_DEVS);
    CHECK(slot_holds(CORE_OFF, core2, n2));
    CHECK(slot_holds(DEVS_OFF, devs1, sizeof devs1));
    /* a devs needing a newer core is refused, the installed one stays */
    static uint8_t devs2[600];
    build(devs2, SEG_DEVS, 2, sizeof devs2, ABI_VERSION(2, 9));
    CHECK_EQ(mrfs_write(&st, BOOT_DEVS_FILE, devs2, sizeof devs2, 5), 0);
    CHECK_EQ(boot_install_segments(&bif, &st, why, sizeof why), BOOT_EBADSEG);
    CHECK(slot_holds(DEVS_OFF, devs1, sizeof devs1));
    /* a damaged slot is repaired from MRFS */
    CHECK_EQ(mrfs_write(&st, BOOT_DEVS_FILE, devs1, sizeof devs1, 6), 0);
    flashsim_erase(&sim, CORE_OFF + PAGE);
    CHECK_EQ(boot_install_segments(&bif, &st, why, sizeof why), BOOT_INSTALLED_CORE);
    CHECK(slot_holds(CORE_OFF, core2, n2));
    /* MRFS was not held afterwards: a compaction works */
    CHECK_EQ(mrfs_compact(&st), 0);
    CHECK_MSG(sim.violations == 0, "%s", sim.why);
    flashsim_close(&sim);
}

int main(void) {
    RUN(install_rules);
    return check_done();
}
