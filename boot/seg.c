/*
 * seg.c - segment image validation and CRC-32 (board-independent).
 * Used by boot on every board and by the host tool (`monty seg`).
 */
#include <stddef.h>
#include <string.h>

#include "boot.h"

/* Table-less CRC-32 (reflected, polynomial 0xEDB88320, as zlib).  Half a
 * byte at a time with a 16-entry table: 64 bytes of flash instead of 1 KB,
 * fast enough for verifying a segment once per boot. */
static const uint32_t crc_nibble[16] = {
    0x00000000, 0x1DB71064, 0x3B6E20C8, 0x26D930AC, 0x76DC4190, 0x6B6B51F4,
    0x4DB26158, 0x5005713C, 0xEDB88320, 0xF00F9344, 0xD6D6A3E8, 0xCB61B38C,
    0x9B64C2B0, 0x86D3D2D4, 0xA00AE278, 0xBDBDF21C,
};

uint32_t boot_crc32(uint32_t crc, const void *data, size_t n) {
    const uint8_t *p = data;
    crc = ~crc;
    while (n--) {
        crc ^= *p++;
        crc = (crc >> 4) ^ crc_nibble[crc & 15];
        crc = (crc >> 4) ^ crc_nibble[crc & 15];
    }
    return ~crc;
}

/* CRC of an image with the header's crc field taken as zero */
static uint32_t image_crc(const SegHeader *h) {
    static const uint8_t zero[4];
    const uint8_t *img = (const uint8_t *)h;
    size_t off = offsetof(SegHeader, crc);
    uint32_t c = boot_crc32(0, img, off);
    c = boot_crc32(c, zero, 4);
    return boot_crc32(c, img + off + 4, h->size - off - 4);
}

uint32_t boot_seg_crc(const SegHeader *h) { return image_crc(h); }

static int fail(char *why, size_t whylen, const char *msg) {
    if (whylen) {
        size_t n = strlen(msg);
        if (n >= whylen)
            n = whylen - 1;
        memcpy(why, msg, n);
        why[n] = 0;
    }
    return BOOT_EBADSEG;
}

static int abi_ok(uint16_t need, uint16_t have) {
    return ABI_MAJOR(need) == ABI_MAJOR(have) && ABI_MINOR(need) <= ABI_MINOR(have);
}

static const char *kind_name(int kind) {
    return kind == SEG_BOOT ? "boot" : kind == SEG_CORE ? "core" : kind == SEG_DEVS ? "devs" : "?";
}

int boot_seg_check(const SegHeader *h, int kind, uint32_t slot_size,
                   uint16_t core_abi, int check_crc, char *why, size_t whylen) {
    (void)kind_name;
    if (!h || h->magic != SEG_MAGIC)
        return fail(why, whylen, "no segment (bad magic)");
    if (h->kind != kind)
        return fail(why, whylen, "wrong segment kind");
    if (h->hdr_size != sizeof(SegHeader))
        return fail(why, whylen, "header size mismatch");
    if (!abi_ok(h->abi_boot, ABI_VERSION(BOOT_ABI_MAJOR, BOOT_ABI_MINOR)))
        return fail(why, whylen, ABI_MAJOR(h->abi_boot) != BOOT_ABI_MAJOR
                                     ? "needs another boot ABI major version"
                                     : "needs a newer boot ABI minor version");
    if (kind == SEG_DEVS && !abi_ok(h->abi_core, core_abi))
        return fail(why, whylen, ABI_MAJOR(h->abi_core) != ABI_MAJOR(core_abi)
                                     ? "needs another core ABI major version"
                                     : "needs a newer core ABI minor version");
    if (check_crc) {
        if (h->size < sizeof(SegHeader) || h->size > slot_size)
            return fail(why, whylen, "image size does not fit its slot");
        if (image_crc(h) != h->crc)
            return fail(why, whylen, "CRC mismatch");
        /* entry points must lie inside the image (Thumb bit ignored) */
        uintptr_t lo = (uintptr_t)h, hi = lo + h->size;
        uintptr_t e[3] = {(uintptr_t)h->init, (uintptr_t)h->run, (uintptr_t)h->deinit};
        for (int i = 0; i < 3; i++)
            if (e[i] && ((e[i] & ~(uintptr_t)1) < lo || (e[i] & ~(uintptr_t)1) >= hi))
                return fail(why, whylen, "entry point outside the image");
    }
    if (!h->init)
        return fail(why, whylen, "no init entry point");
    return BOOT_OK;
}
