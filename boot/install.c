/*
 * install.c - installs segment images from MRFS into their slots (see
 * install.h and docs/mrfs.md section 8).  Board-independent, freestanding.
 */
#include "install.h"

#include <stddef.h>
#include <string.h>

static int say(char *why, size_t whylen, const char *a, const char *b) {
    if (whylen) {
        size_t n = 0;
        for (const char *s = a; *s && n + 1 < whylen; s++)
            why[n++] = *s;
        for (const char *s = b; s && *s && n + 1 < whylen; s++)
            why[n++] = *s;
        why[n] = 0;
    }
    return BOOT_EBADSEG;
}

/* the image CRC as `monty seg fix` computes it: crc field taken as 0 */
static uint32_t image_crc(const uint8_t *img, uint32_t size) {
    static const uint8_t zero[4];
    size_t at = offsetof(SegHeader, crc);
    uint32_t c = boot_crc32(0, img, at);
    c = boot_crc32(c, zero, 4);
    return boot_crc32(c, img + at + 4, size - at - 4);
}

static int all_ff(const uint8_t *p, uint32_t n) {
    for (uint32_t i = 0; i < n; i++)
        if (p[i] != 0xFF)
            return 0;
    return 1;
}

/* erases the slot pages the image needs and programs it; units of all
 * 0xFF are left erased (never programmed), as MRFS does */
static int copy_to_slot(const BootInstallFlash *f, uint32_t slot, const uint8_t *img,
                        uint32_t size) {
    const BootFlashInfo *fi = f->info;
    uint32_t page = fi->page_size, u = fi->prog_size;
    const uint8_t *mem = f->mem + (slot - fi->base);
    for (uint32_t off = 0; off < size; off += page)
        if (!all_ff(mem + off, page) &&
            (f->erase(f->ctx, slot + off) < 0 || !all_ff(mem + off, page)))
            return BOOT_EIO;
    uint8_t unit[64];
    if (u > sizeof unit)
        return BOOT_EIO;
    for (uint32_t off = 0; off < size; off += u) {
        const uint8_t *src = img + off;
        if (size - off < u) { /* last partial unit, padded with 0xFF */
            memset(unit, 0xFF, u);
            memcpy(unit, img + off, size - off);
            src = unit;
        }
        if (all_ff(src, u))
            continue;
        if (f->program(f->ctx, slot + off, src, u) < 0 || memcmp(mem + off, src, u))
            return BOOT_EIO;
    }
    return BOOT_OK;
}

int boot_install_segment(const BootInstallFlash *f, MrfsStore *st, const char *name, int kind,
                         uint16_t core_abi, char *why, size_t whylen) {
    const BootFlashInfo *fi = f->info;
    uint32_t slot = kind == SEG_CORE ? fi->core_addr : fi->devs_addr;
    uint32_t slot_size = kind == SEG_CORE ? fi->core_size : fi->devs_size;
    MrfsFile file;
    if (whylen)
        why[0] = 0;
    if (mrfs_find(st, name, &file) < 0)
        return 0;
    /* 1. the file must be a valid image for this slot: before any erase */
    if (file.size < sizeof(SegHeader))
        return say(why, whylen, name, ": too short for a segment");
    const SegHeader *h = (const SegHeader *)file.data;
    int r = boot_seg_check(h, kind, slot_size, core_abi, 0, why, whylen);
    if (r < 0)
        return r;
    if (h->size != file.size || h->size > slot_size)
        return say(why, whylen, name, ": size does not match its header or slot");
    if (h->flash_addr != slot)
        return say(why, whylen, name, ": linked for another address");
    if (image_crc(file.data, file.size) != h->crc)
        return say(why, whylen, name, ": CRC mismatch");
    /* 2. the slot already holds exactly this image? */
    const SegHeader *cur = (const SegHeader *)(f->mem + (slot - fi->base));
    if (boot_seg_check(cur, kind, slot_size, core_abi, 1, NULL, 0) == BOOT_OK &&
        cur->crc == h->crc && cur->size == h->size)
        return 0;
    /* 3. copy: the file must not move meanwhile */
    mrfs_hold(st);
    r = copy_to_slot(f, slot, file.data, file.size);
    mrfs_release(st);
    if (r < 0) {
        say(why, whylen, name, ": flash error while installing");
        return BOOT_EIO;
    }
    if (boot_seg_check(cur, kind, slot_size, core_abi, 1, why, whylen) != BOOT_OK)
        return BOOT_EIO;
    return 1;
}

int boot_install_segments(const BootInstallFlash *f, MrfsStore *st, char *why, size_t whylen) {
    const BootFlashInfo *fi = f->info;
    int done = 0;
    int r = boot_install_segment(f, st, BOOT_CORE_FILE, SEG_CORE, 0, why, whylen);
    if (r < 0)
        return r;
    if (r > 0)
        done |= BOOT_INSTALLED_CORE;
    /* devs must match the core that will run: the one now in the core slot */
    const SegHeader *core = (const SegHeader *)(f->mem + (fi->core_addr - fi->base));
    if (boot_seg_check(core, SEG_CORE, fi->core_size, 0, 0, NULL, 0) != BOOT_OK)
        return done; /* no core: nothing can use devs */
    r = boot_install_segment(f, st, BOOT_DEVS_FILE, SEG_DEVS, core->abi_core, why, whylen);
    if (r < 0)
        return r;
    if (r > 0)
        done |= BOOT_INSTALLED_DEVS;
    return done;
}
