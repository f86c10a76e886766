/* test_seg.c - segment header validation and CRC-32 (boot/seg.c) */
#include <stdlib.h>
#include <string.h>

#include "boot.h"
#include "check.h"

TEST(crc32_known_vectors) {
    /* the standard check value of CRC-32/ISO-HDLC (zlib's crc32) */
    CHECK_EQ(boot_crc32(0, "123456789", 9), 0xCBF43926u);
    CHECK_EQ(boot_crc32(0, "", 0), 0);
    /* incremental use gives the same result as one call */
    uint32_t c = boot_crc32(0, "1234", 4);
    CHECK_EQ(boot_crc32(c, "56789", 5), 0xCBF43926u);
}

/* a fake flat image: header followed by code bytes, entry points inside */
static union {
    SegHeader h;
    uint8_t bytes[1024];
} img;

static void entry_stub(void) {}

static void make_image(int kind, uint16_t abi_boot, uint16_t abi_core) {
    memset(&img, 0x5A, sizeof img);
    memset(&img.h, 0, sizeof img.h);
    img.h.magic = SEG_MAGIC;
    img.h.kind = (uint8_t)kind;
    img.h.hdr_size = sizeof(SegHeader);
    img.h.abi_boot = abi_boot;
    img.h.abi_core = abi_core;
    img.h.size = sizeof img;
    /* entry points must lie inside the image: point them at its bytes */
    img.h.init = (int (*)(const struct BootApi *, const void *))(void *)(img.bytes + 200);
    img.h.crc = boot_seg_crc(&img.h);
}

static int check(int kind, uint32_t slot, uint16_t core_abi, int crc, char *why) {
    return boot_seg_check(&img.h, kind, slot, core_abi, crc, why, 64);
}

TEST(valid_image_accepted) {
    char why[64] = "";
    make_image(SEG_DEVS, ABI_VERSION(BOOT_ABI_MAJOR, BOOT_ABI_MINOR), ABI_VERSION(1, 0));
    CHECK_MSG(check(SEG_DEVS, 4096, ABI_VERSION(1, 0), 1, why) == 0, "%s", why);
}

TEST(crc_mismatch_refused) {
    char why[64] = "";
    make_image(SEG_DEVS, ABI_VERSION(BOOT_ABI_MAJOR, BOOT_ABI_MINOR), ABI_VERSION(1, 0));
    img.bytes[500] ^= 1;
    CHECK_EQ(check(SEG_DEVS, 4096, ABI_VERSION(1, 0), 1, why), BOOT_EBADSEG);
    CHECK_STR(why, "CRC mismatch");
    /* without CRC checking (native shared objects) the same image passes */
    CHECK_EQ(check(SEG_DEVS, 4096, ABI_VERSION(1, 0), 0, why), 0);
}

TEST(bad_magic_kind_size_refused) {
    char why[64] = "";
    make_image(SEG_CORE, ABI_VERSION(BOOT_ABI_MAJOR, BOOT_ABI_MINOR), ABI_VERSION(1, 0));
    CHECK_EQ(check(SEG_DEVS, 4096, ABI_VERSION(1, 0), 1, why), BOOT_EBADSEG);
    CHECK_STR(why, "wrong segment kind");
    CHECK_EQ(check(SEG_CORE, 512, 0, 1, why), BOOT_EBADSEG);
    CHECK_STR(why, "image size does not fit its slot");
    img.h.magic ^= 0x100;
    CHECK_EQ(check(SEG_CORE, 4096, 0, 1, why), BOOT_EBADSEG);
    CHECK_STR(why, "no segment (bad magic)");
    CHECK_EQ(boot_seg_check(NULL, SEG_CORE, 4096, 0, 1, why, sizeof why), BOOT_EBADSEG);
}

TEST(abi_versions) {
    char why[64] = "";
    uint16_t boot = ABI_VERSION(BOOT_ABI_MAJOR, BOOT_ABI_MINOR);
    /* devs built against an older core minor loads on a newer core */
    make_image(SEG_DEVS, boot, ABI_VERSION(1, 1));
    CHECK_MSG(check(SEG_DEVS, 4096, ABI_VERSION(1, 3), 1, why) == 0, "%s", why);
    /* one needing a newer minor is refused */
    make_image(SEG_DEVS, boot, ABI_VERSION(1, 4));
    CHECK_EQ(check(SEG_DEVS, 4096, ABI_VERSION(1, 3), 1, why), BOOT_EBADSEG);
    CHECK_STR(why, "needs a newer core ABI minor version");
    /* a different major is refused, older or newer */
    make_image(SEG_DEVS, boot, ABI_VERSION(0, 9));
    CHECK_EQ(check(SEG_DEVS, 4096, ABI_VERSION(1, 3), 1, why), BOOT_EBADSEG);
    CHECK_STR(why, "needs another core ABI major version");
    make_image(SEG_DEVS, boot, ABI_VERSION(2, 0));
    CHECK_EQ(check(SEG_DEVS, 4096, ABI_VERSION(1, 3), 1, why), BOOT_EBADSEG);
    /* boot ABI: a segment needing a newer boot minor is refused */
    make_image(SEG_CORE, ABI_VERSION(BOOT_ABI_MAJOR, BOOT_ABI_MINOR + 1), ABI_VERSION(1, 0));
    CHECK_EQ(check(SEG_CORE, 4096, 0, 1, why), BOOT_EBADSEG);
    CHECK_STR(why, "needs a newer boot ABI minor version");
}

TEST(entry_point_outside_image_refused) {
    char why[64] = "";
    make_image(SEG_DEVS, ABI_VERSION(BOOT_ABI_MAJOR, BOOT_ABI_MINOR), ABI_VERSION(1, 0));
    img.h.deinit = entry_stub; /* lives in the test program, not the image */
    img.h.crc = boot_seg_crc(&img.h);
    CHECK_EQ(check(SEG_DEVS, 4096, ABI_VERSION(1, 0), 1, why), BOOT_EBADSEG);
    CHECK_STR(why, "entry point outside the image");
}

int main(void) {
    RUN(crc32_known_vectors);
    RUN(valid_image_accepted);
    RUN(crc_mismatch_refused);
    RUN(bad_magic_kind_size_refused);
    RUN(abi_versions);
    RUN(entry_point_outside_image_refused);
    return check_done();
}
