/*
 * files.c - boot's MRFS store: mounted at start-up on the board's MRFS
 * area, offered to core and devs through BootApi.file_*, and the source of
 * segment installs (install.c) and devs replacements on flat boards.
 */
#include <string.h>

#include "board.h"
#include "boot.h"
#include "files.h"
#include "install.h"
#include "mrfs.h"

static MrfsStore store;
static MrfsFlash mflash;
static int mounted;

void boot_eprintf(const char *fmt, ...);
void trace(const char *fmt, ...);

/* MRFS offsets are relative to the store; the board wants addresses */
static int m_erase(void *ctx, uint32_t off) {
    (void)ctx;
    return board_flash_erase(board_flash_info()->mrfs_addr + off);
}
static int m_program(void *ctx, uint32_t off, const void *src, uint32_t n) {
    (void)ctx;
    return board_flash_program(board_flash_info()->mrfs_addr + off, src, n);
}

/* segment slots by absolute address, for install.c */
static int s_erase(void *ctx, uint32_t addr) {
    (void)ctx;
    return board_flash_erase(addr);
}
static int s_program(void *ctx, uint32_t addr, const void *src, uint32_t n) {
    (void)ctx;
    return board_flash_program(addr, src, n);
}

static BootInstallFlash install_flash(void) {
    BootInstallFlash f = {board_flash_info(), board_flash_mem(), s_erase, s_program, 0};
    return f;
}

MrfsStore *boot_files(void) { return mounted ? &store : NULL; }

static uint32_t now_minutes(void) { return board_time() / 60; }

int boot_files_init(void) {
    const BootFlashInfo *fi = board_flash_info();
    if (!fi->mrfs_size)
        return BOOT_ENOTSUP;
    mflash.base = board_flash_mem() + (fi->mrfs_addr - fi->base);
    mflash.size = fi->mrfs_size;
    mflash.page_size = fi->page_size;
    mflash.prog_size = fi->prog_size;
    mflash.erase = m_erase;
    mflash.program = m_program;
    int rc = mrfs_mount(&store, &mflash, 0);
    if (rc == MRFS_ENOFS) {
        /* an erased or foreign area: the first start of this board */
        trace("boot: no MRFS store found, formatting %u bytes\n", fi->mrfs_size);
        rc = mrfs_format(&store, &mflash, now_minutes());
    }
    if (rc < 0 && rc != MRFS_EIO && rc != MRFS_ENOSPC) {
        boot_eprintf("boot: MRFS unusable (%d)\n", rc);
        return rc;
    }
    if (rc < 0) /* mounted, but finishing a compaction failed: reads work */
        boot_eprintf("boot: MRFS recovery incomplete (%d)\n", rc);
    mounted = 1;
    if (store.bad)
        boot_eprintf("boot: MRFS skipped %u bad entries\n", store.bad);
    trace("  mrfs %08x..%08x\n", fi->mrfs_addr, fi->mrfs_addr + fi->mrfs_size);
    return 0;
}

int boot_files_install(void) {
    if (!mounted || !board_seg_has_crc())
        return 0; /* natively segments are not flat images */
    char why[64] = "";
    BootInstallFlash f = install_flash();
    int rc = boot_install_segments(&f, &store, why, sizeof why);
    if (rc < 0)
        boot_eprintf("boot: segment install failed: %s\n", why);
    else {
        if (rc & BOOT_INSTALLED_CORE)
            trace("boot: installed core from %s\n", BOOT_CORE_FILE);
        if (rc & BOOT_INSTALLED_DEVS)
            trace("boot: installed devs from %s\n", BOOT_DEVS_FILE);
    }
    return rc;
}

int boot_files_devs_replace(const char *name, uint16_t core_abi, char *why, size_t whylen) {
    if (!mounted) {
        strncpy(why, "no MRFS store", whylen);
        return BOOT_ENOENT;
    }
    MrfsFile file;
    if (mrfs_find(&store, name, &file) < 0) {
        strncpy(why, "no such file", whylen);
        return BOOT_ENOENT;
    }
    BootInstallFlash f = install_flash();
    int rc = boot_install_segment(&f, &store, name, SEG_DEVS, core_abi, why, whylen);
    return rc < 0 ? rc : 0;
}

/* ---- BootApi.file_* ---- */

int boot_files_find(const char *name, const uint8_t **data, uint32_t *size) {
    MrfsFile f;
    if (!mounted)
        return BOOT_ENOENT;
    int rc = mrfs_find(&store, name, &f);
    if (rc < 0)
        return rc;
    *data = f.data;
    *size = f.size;
    return 0;
}

int boot_files_write(const char *name, const void *data, uint32_t size) {
    return mounted ? mrfs_write(&store, name, data, size, now_minutes()) : BOOT_ENOENT;
}

int boot_files_begin(const char *name, uint32_t size) {
    return mounted ? mrfs_begin(&store, name, size, now_minutes()) : BOOT_ENOENT;
}

int boot_files_append(const void *data, uint32_t n) {
    return mounted ? mrfs_append(&store, data, n) : BOOT_ENOENT;
}

int boot_files_commit(void) { return mounted ? mrfs_commit(&store) : BOOT_ENOENT; }

int boot_files_delete(const char *name) {
    return mounted ? mrfs_delete(&store, name, now_minutes()) : BOOT_ENOENT;
}

typedef struct {
    int (*cb)(void *arg, const char *name, uint32_t size, uint32_t mtime);
    void *arg;
} ListCtx;

static int list_one(void *arg, const MrfsFile *f) {
    ListCtx *c = arg;
    return c->cb(c->arg, f->name, f->size, f->mtime);
}

int boot_files_list(int (*cb)(void *arg, const char *name, uint32_t size, uint32_t mtime), void *arg) {
    ListCtx c = {cb, arg};
    return mounted ? mrfs_list(&store, list_one, &c) : 0;
}

uint32_t boot_files_gen(void) { return mounted ? mrfs_gen(&store) : 0; }
