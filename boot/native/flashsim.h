/*
 * flashsim.h - NOR flash simulator for the native board, the host tool and
 * the MRFS tests (host only).  docs/mrfs.md section 9.
 *
 * Semantics enforced: erase sets a whole page to 0xFF; program writes whole,
 * aligned units of prog_size bytes, only into units not programmed since
 * their page's erase, and only clearing bits.  Anything else is a
 * violation: counted, described in `why`, and the operation fails (returns
 * -1) without effect.  Tests assert violations == 0.
 *
 * Power cuts: flashsim_cut(fs, n, torn) arms the injector for flash
 * operation number n (erases and programs are counted together from 1 by
 * fs->ops).  Operation n does not happen (torn=0), or happens partly
 * (torn=1: a program writes the first half of its bytes; an erase clears
 * the first half of the page, the second half, or every other 64 bytes,
 * in turn by n % 3).  From then on the power is off: every operation fails
 * without effect until flashsim_power_on().
 *
 * Storage: memory (flashsim_init) or a file mapped with mmap
 * (flashsim_open): the file holds exactly the flash contents, so it
 * persists between runs and is what the board and the host tool read.
 */
#ifndef FLASHSIM_H
#define FLASHSIM_H

#include <stddef.h>
#include <stdint.h>

#include "mrfs.h"

typedef struct FlashSim {
    uint8_t *mem; /* the flash contents */
    uint32_t size, page_size, prog_size;
    uint32_t *erases;    /* per page: erase count (since init/open) */
    uint8_t *programmed; /* per unit: programmed since its erase */
    /* statistics */
    unsigned long n_erase, n_program, bytes_programmed;
    /* power cuts */
    long ops;    /* operations attempted so far */
    long cut_at; /* 0: disarmed */
    int torn;
    int dead; /* power is off */
    /* rule violations */
    int violations;
    char why[160];
    /* MRFS view (flashsim_mrfs) */
    uint32_t view_off;
    /* file backing */
    int fd;
    size_t map_len;
} FlashSim;

/* In memory, all 0xFF.  Returns 0, or -1 (bad geometry, out of memory). */
int flashsim_init(FlashSim *fs, uint32_t size, uint32_t page_size, uint32_t prog_size);

/* Backed by the file at path.  create_size > 0: (re)creates the file with
 * that many 0xFF bytes; 0: opens the existing file, whose length is the
 * flash size.  Units that are not all 0xFF count as programmed.  Returns 0,
 * or -1 with errno set (or EINVAL for a bad geometry). */
int flashsim_open(FlashSim *fs, const char *path, uint32_t create_size, uint32_t page_size,
                  uint32_t prog_size);

/* Unmaps/frees (file contents are already in the file). */
void flashsim_close(FlashSim *fs);

int flashsim_erase(FlashSim *fs, uint32_t off);
int flashsim_program(FlashSim *fs, uint32_t off, const void *src, uint32_t n);

void flashsim_cut(FlashSim *fs, long op, int torn);
void flashsim_power_on(FlashSim *fs);

/* An MrfsFlash for [off, off+size) of this flash (one view per simulator;
 * off page aligned). */
MrfsFlash flashsim_mrfs(FlashSim *fs, uint32_t off, uint32_t size);

#endif
