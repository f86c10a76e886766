/*
 * boot.h - the boot segment's public contract (boot ABI).
 *
 * Everything another segment may know about boot is in this file:
 *   - the segment header that starts every segment image (boot, core, devs),
 *   - the table of functions boot exports (struct BootApi).
 * Core and devs never link against boot's symbols; they receive a pointer to
 * the BootApi table in their init entry point and call through it.
 *
 * Versioning: BOOT_ABI_MAJOR changes when an entry changes meaning or is
 * removed; BOOT_ABI_MINOR grows when entries are appended.  Tables only grow
 * at the end.  A segment built against (M, m) runs on boot (M', m') iff
 * M == M' and m <= m'.  The format is described in docs/segments.md.
 *
 * Error convention: functions returning int return 0 (or a non-negative
 * count) on success and a negative BOOT_E* code on failure.
 */
#ifndef BOOT_H
#define BOOT_H

#include <stddef.h>
#include <stdint.h>

#define BOOT_ABI_MAJOR 1
#define BOOT_ABI_MINOR 0
#define ABI_VERSION(major, minor) ((uint16_t)(((major) << 8) | (minor)))
#define ABI_MAJOR(v) ((v) >> 8)
#define ABI_MINOR(v) ((v) & 0xFF)

/* ---- error codes (negative, passed up explicitly) ---------------------- */
enum {
    BOOT_OK = 0,
    BOOT_EIO = -1,       /* flash operation failed */
    BOOT_EINVAL = -2,    /* bad argument */
    BOOT_ENOENT = -3,    /* no such segment / file */
    BOOT_EBADSEG = -4,   /* segment image failed validation */
    BOOT_ENOSPC = -5,    /* does not fit */
    BOOT_EBUSY = -6,     /* segment in use / wrong state */
    BOOT_ENOTSUP = -7,   /* not available on this board */
};

/* ---- segment header ----------------------------------------------------- */

#define SEG_MAGIC 0x4745534Du /* "MSEG" little-endian */

enum { SEG_BOOT = 1, SEG_CORE = 2, SEG_DEVS = 3 };

struct BootApi;

/*
 * Every segment image starts with this header (boot's sits right after its
 * vector table, see docs/segments.md).  On 32-bit boards pointers are 4 bytes
 * and the header is 60 bytes; natively pointers are 8 bytes and there is no
 * flat image (size and crc are 0: the dynamic loader owns integrity there).
 *
 * crc is the zlib CRC-32 of the first `size` bytes of the image, computed
 * with the crc field itself taken as 0.  It is patched in after linking by
 * `monty seg fix`.
 */
typedef struct SegHeader {
    uint32_t magic;      /* SEG_MAGIC */
    uint8_t kind;        /* SEG_BOOT, SEG_CORE or SEG_DEVS */
    uint8_t hdr_size;    /* sizeof(SegHeader) when built */
    uint16_t abi_boot;   /* boot ABI this segment was built against */
    uint16_t abi_core;   /* core ABI: exported (core) or required (devs) */
    uint16_t reserved;
    uint32_t size;       /* image size in bytes, header included */
    uint32_t crc;        /* see above */
    uint32_t build_id;   /* identifies the build (git commit + variant) */
    uint32_t flash_addr; /* address the image is linked for (0 native) */
    /* RAM for the segment's data+bss: boot copies .data from data_load and
     * zeroes .bss before calling init.  All 0 when the segment has no RAM
     * or natively (the loader does it there). */
    uint32_t data_load, data_start, data_end, bss_end;
    /* entry points: init gets boot's table (and core's table for devs);
     * returns 0 or a negative error.  run is core's start-up step (NULL in
     * devs).  deinit undoes init; it is always called before the segment's
     * flash or RAM is reused. */
    int (*init)(const struct BootApi *boot, const void *core_api);
    int (*run)(int argc, char **argv);
    void (*deinit)(void);
    const void *exports; /* core: struct CoreApi; devs: its module list */
} SegHeader;

/* How a segment declares its header (core.c, devs):
 *   const SegHeader core_segment SEG_SECTION = { SEG_LINK_FIELDS, .magic = ... };
 * On flat-image boards (SEG_FLAT defined by the build) the link-time
 * addresses come from the segment linker script (boot/<board>/seg.ld);
 * size and crc are patched in after linking by `monty seg fix`. */
#define SEG_SECTION __attribute__((section(".seghdr"), used))
#ifdef SEG_FLAT
extern char __seg_start[], __data_load[], __data_start[], __data_end[], __bss_end[];
#define SEG_LINK_FIELDS                                                      \
    .flash_addr = (uint32_t)__seg_start, .data_load = (uint32_t)__data_load, \
    .data_start = (uint32_t)__data_start, .data_end = (uint32_t)__data_end,  \
    .bss_end = (uint32_t)__bss_end
#else
#define SEG_LINK_FIELDS .flash_addr = 0
#endif

/* ---- boot's exported table ---------------------------------------------- */

typedef struct BootFlashInfo {
    uint32_t base;       /* address of the whole flash */
    uint32_t size;       /* bytes */
    uint32_t page_size;  /* erase unit */
    uint32_t prog_size;  /* program unit (8 on STM32L4) */
    /* slots, each page aligned */
    uint32_t boot_addr, boot_size;
    uint32_t core_addr, core_size;
    uint32_t devs_addr, devs_size;
    uint32_t mrfs_addr, mrfs_size;
} BootFlashInfo;

typedef struct BootApi {
    uint16_t abi;   /* ABI_VERSION(BOOT_ABI_MAJOR, BOOT_ABI_MINOR) */
    uint16_t size;  /* sizeof(BootApi) of the boot that built it */

    /* console: blocking write; getc returns -1 when nothing is waiting,
     * -2 at the end of input (natively the end of stdin; on the boards
     * Ctrl-D, byte 4, which the host tool sends at the end of its stdin).
     * write_err is the error stream (stderr natively, semihosting stderr
     * on qemu, the same UART on real boards). */
    void (*write)(const char *s, size_t n);
    void (*write_err)(const char *s, size_t n);
    int (*getc)(void);
    /* tiny printf: %s %d %u %x %08x %p %c %%, width and '0' flag */
    void (*printf)(const char *fmt, ...);
    /* the same, printed only when the life-cycle log is on (-v natively,
     * on by default on boards, off when the host tool runs a program) */
    void (*log)(const char *fmt, ...);

    /* Ctrl-C: returns 1 once for each interrupt request that arrived
     * (SIGINT natively, byte 0x03 on the console UART); the VM polls it */
    int (*interrupted)(void);

    /* time */
    uint32_t (*ticks_ms)(void);  /* ms since reset, wraps */
    /* core clock cycles since reset, wraps (on qemu with -icount shift=0
     * one cycle of the 25 MHz clock is 40 instructions); 0 natively */
    uint32_t (*cycles)(void);
    void (*delay_ms)(uint32_t ms);

    /* raw flash (addresses absolute; see BootFlashInfo) */
    const BootFlashInfo *(*flash_info)(void);
    int (*flash_erase)(uint32_t page_addr);
    int (*flash_program)(uint32_t addr, const void *src, uint32_t n);

    /* RAM left for core's GC pool, between the segments' RAM and the stack */
    void (*ram_free)(void **start, size_t *size);

    /* low power, watchdog, reset */
    void (*sleep_ms)(uint32_t ms);     /* sleeps, wakes on tick or console */
    int (*wdt_start)(uint32_t timeout_ms);
    void (*wdt_kick)(void);
    void (*reset)(void);               /* board reset, does not return */
    void (*exit)(int status);          /* end the run (qemu/native), no return */

    /* segments */
    const SegHeader *(*seg_find)(int kind);  /* validated header or NULL */
    /* Validates, installs and inits devs (given core's table); on failure
     * prints a one-line reason and returns a negative error. */
    int (*devs_load)(const void *core_api);
    void (*devs_unload)(void);              /* calls devs deinit */
    /* Replaces the devs image: `source` is an MRFS file name on boards and
     * a shared object path natively.  Devs must be unloaded first. */
    int (*devs_replace)(const char *source);

    /* host files (native board only, BOOT_ENOTSUP elsewhere): reads the
     * whole file at `path`; the buffer lives until boot exits */
    int (*host_file)(const char *path, const char **data, size_t *len);

    /* MRFS files (mrfs/mrfs.h, docs/mrfs.md): whole files, readable in
     * place.  A pointer from file_find stays valid while file_gen() returns
     * the same value (a write that has to compact moves files).  Errors are
     * the negative MRFS_E* codes (the same numbers as BOOT_E* where the
     * meaning is the same). */
    int (*file_find)(const char *name, const uint8_t **data, uint32_t *size);
    int (*file_write)(const char *name, const void *data, uint32_t size);
    /* streamed write: size known up front, then append until complete */
    int (*file_begin)(const char *name, uint32_t size);
    int (*file_append)(const void *data, uint32_t n);
    int (*file_commit)(void);
    int (*file_delete)(const char *name);
    /* calls cb for each file; a non-zero return stops and is returned */
    int (*file_list)(int (*cb)(void *arg, const char *name, uint32_t size, uint32_t mtime),
                     void *arg);
    uint32_t (*file_gen)(void);
    /* wall-clock time: seconds since 1970-01-01 UTC, 0 when unknown */
    uint32_t (*time)(void);
} BootApi;

/* Checks a header against a kind, the slot it must fit and the ABI versions
 * this boot provides.  Returns 0 or BOOT_EBADSEG and writes a short reason
 * to why[0..whylen).  check_crc=0 skips the CRC (native shared objects). */
int boot_seg_check(const SegHeader *h, int kind, uint32_t slot_size,
                   uint16_t core_abi, int check_crc, char *why, size_t whylen);

/* CRC-32 of a segment image with its crc field taken as 0 */
uint32_t boot_seg_crc(const SegHeader *h);

/* zlib-compatible CRC-32 (polynomial 0xEDB88320), crc=0 to start */
uint32_t boot_crc32(uint32_t crc, const void *data, size_t n);

#endif
