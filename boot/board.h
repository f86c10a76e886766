/*
 * board.h - what each board (boot/<board>/) provides to boot's common code.
 * Boot's own code (boot.c) is board-independent; everything that touches
 * hardware or the host goes through these functions.  Not visible to core
 * or devs: they see boot only through struct BootApi (boot.h).
 */
#ifndef BOARD_H
#define BOARD_H

#include <stddef.h>
#include <stdint.h>

#include "boot.h"

void board_init(void);
void board_write(const char *s, size_t n);
void board_write_err(const char *s, size_t n);
int board_getc(void);           /* -1 when nothing waits, -2 at the end of input (Ctrl-D) */
int board_interrupted(void);    /* 1 once per Ctrl-C */
uint32_t board_ticks_ms(void);
/* core clock cycles since reset (wraps); 0 where there is no such clock */
uint32_t board_cycles(void);
void board_sleep_ms(uint32_t ms);
int board_wdt_start(uint32_t timeout_ms);
void board_wdt_kick(void);
void board_reset(void);
void board_exit(int status);

const BootFlashInfo *board_flash_info(void);
/* where flash address info->base can be read (boards: that address itself;
 * natively: the simulated flash) */
const uint8_t *board_flash_mem(void);
/* seconds since 1970-01-01 UTC, 0 when the board does not know the time */
uint32_t board_time(void);
int board_flash_erase(uint32_t page_addr);
int board_flash_program(uint32_t addr, const void *src, uint32_t n);
void board_ram_free(void **start, size_t *size);
/* ranges for the start-up log */
void board_ranges(uint32_t *flash_lo, uint32_t *flash_hi, uint32_t *ram_lo,
                  uint32_t *ram_hi, uint32_t *stack_top);

/* Segments.  Boards with flat images return the header at the slot
 * address; the native board links core in and dlopens devs. */
const SegHeader *board_seg_header(int kind);
/* make a validated segment's RAM ready (copy .data, zero .bss) */
void board_seg_prepare(const SegHeader *h);
/* devs replacement: boards with flat images install the image found
 * under `source` into the devs slot; native dlopens `source`. */
int board_devs_replace(const char *source, char *why, size_t whylen);
/* whether CRC can be checked (flat image) */
int board_seg_has_crc(void);
/* host file read (native); BOOT_ENOTSUP on boards */
int board_host_file(const char *path, const char **data, size_t *len);

#endif
