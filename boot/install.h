/*
 * install.h - installing segment images from MRFS into their flash slots
 * (board-independent; rules in docs/mrfs.md section 8).
 *
 * A segment image stored in MRFS under a fixed name is installed into its
 * slot when the slot is empty or invalid or holds an image with another
 * CRC or size.  The file is validated (header, ABI, size, link address,
 * CRC) before anything is erased; MRFS is held during the copy so the file
 * cannot move; the slot is validated afterwards.  The file stays in MRFS,
 * so a power cut at any point is repaired by the next boot installing it
 * again.
 */
#ifndef INSTALL_H
#define INSTALL_H

#include <stddef.h>
#include <stdint.h>

#include "boot.h"
#include "mrfs.h"

#define BOOT_CORE_FILE "core.seg"
#define BOOT_DEVS_FILE "devs.seg"

/* Flash access for the slots, by absolute address (as BootFlashInfo). */
typedef struct BootInstallFlash {
    const BootFlashInfo *info;
    const uint8_t *mem; /* where address info->base is readable (boards: the
                           address itself; natively: the simulated flash) */
    int (*erase)(void *ctx, uint32_t page_addr);
    int (*program)(void *ctx, uint32_t addr, const void *src, uint32_t n);
    void *ctx;
} BootInstallFlash;

enum { BOOT_INSTALLED_CORE = 1, BOOT_INSTALLED_DEVS = 2 };

/* Installs file `name` (segment kind SEG_CORE or SEG_DEVS) into its slot if
 * needed.  core_abi: the core ABI a devs image must match (ignored for
 * core).  Returns 1 when it installed, 0 when there was nothing to do (no
 * such file, or the slot already holds this image), BOOT_EBADSEG when the
 * file is not a valid image for the slot (nothing erased; reason in why),
 * BOOT_EIO when flash failed or the installed slot does not validate. */
int boot_install_segment(const BootInstallFlash *f, MrfsStore *st, const char *name, int kind,
                         uint16_t core_abi, char *why, size_t whylen);

/* core.seg, then devs.seg (against the core then in the core slot).
 * Returns the BOOT_INSTALLED_* bits, or the first error (why says which). */
int boot_install_segments(const BootInstallFlash *f, MrfsStore *st, char *why, size_t whylen);

#endif
