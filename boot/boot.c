/*
 * boot.c - boot's board-independent part: the start-up sequence, the
 * exported BootApi table, segment loading and a tiny printf.
 *
 * Life cycle (docs/segments.md):
 *   boot_main -> print ranges -> validate core -> core.init(boot)
 *     core.init sets up the GC pool and asks boot to load devs
 *     (devs_load -> validate -> devs.init(boot, core_api))
 *   -> core.run(argc, argv) -> core.deinit (which unloads devs first)
 *   -> board_exit(status)
 * A bad core is reported in one line and boot drops to its command line
 * (boot_shell) instead of calling into it.
 */
#include <stdarg.h>
#include <string.h>

#include "board.h"
#include "boot.h"
#include "files.h"
#include "layout.h"

int boot_verbose = 1; /* life-cycle log on the console; the board may clear it */

/* ---- tiny printf (no stdio in firmware) --------------------------------- */

static void out_num(void (*w)(const char *, size_t), uintptr_t v, unsigned base,
                    int neg, int width, char pad) {
    char buf[24];
    int i = sizeof buf;
    do {
        buf[--i] = "0123456789ABCDEF"[v % base];
        v /= base;
    } while (v && i > 1);
    if (neg)
        buf[--i] = '-';
    int len = (int)sizeof buf - i;
    while (len++ < width)
        w(&pad, 1);
    w(buf + i, sizeof buf - i);
}

void boot_vprintf(void (*w)(const char *, size_t), const char *fmt, va_list ap) {
    while (*fmt) {
        const char *p = fmt;
        while (*p && *p != '%')
            p++;
        if (p > fmt)
            w(fmt, p - fmt);
        if (!*p)
            break;
        p++;
        char pad = ' ';
        int width = 0;
        if (*p == '0')
            pad = '0', p++;
        while (*p >= '0' && *p <= '9')
            width = width * 10 + (*p++ - '0');
        if (*p == 'l' || *p == 'z')
            p++;
        switch (*p) {
        case 'd': {
            long v = va_arg(ap, int);
            out_num(w, v < 0 ? (uintptr_t)-v : (uintptr_t)v, 10, v < 0, width, pad);
            break;
        }
        case 'u':
            out_num(w, va_arg(ap, unsigned), 10, 0, width, pad);
            break;
        case 'x':
            out_num(w, va_arg(ap, unsigned), 16, 0, width, pad);
            break;
        case 'p':
            out_num(w, (uintptr_t)va_arg(ap, void *), 16, 0, 8, '0');
            break;
        case 'c': {
            char c = (char)va_arg(ap, int);
            w(&c, 1);
            break;
        }
        case 's': {
            const char *s = va_arg(ap, const char *);
            size_t n = strlen(s ? s : "(null)");
            for (int k = (int)n; k < width; k++)
                w(" ", 1);
            w(s ? s : "(null)", n);
            break;
        }
        case '%':
            w("%", 1);
            break;
        default: /* unknown: print it as is */
            w(p - 1, 2);
            break;
        }
        fmt = p + 1;
    }
}

void boot_printf(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    boot_vprintf(board_write, fmt, ap);
    va_end(ap);
}

/* diagnostics (a refused segment, a failed install): the error stream */
void boot_eprintf(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    boot_vprintf(board_write_err, fmt, ap);
    va_end(ap);
}

/* the life-cycle log: only when verbose (it is not program output) */
void trace(const char *fmt, ...) {
    if (!boot_verbose)
        return;
    va_list ap;
    va_start(ap, fmt);
    boot_vprintf(board_write, fmt, ap);
    va_end(ap);
}

/* ---- segments ----------------------------------------------------------- */

static const SegHeader *core_hdr, *devs_hdr;
static const void *devs_core_api; /* core's table, kept for reloads */

static uint32_t slot_size(int kind) {
    const BootFlashInfo *f = board_flash_info();
    return kind == SEG_CORE ? f->core_size : f->devs_size;
}

/* A flat image's RAM (from its header) must lie in its RAM slot and its
 * .data initialisers inside the image: boot writes there before calling
 * init, so a valid-CRC image linked for another layout must not pass. */
static int ram_ok(const SegHeader *h, int kind) {
#if CORE_SIZE > 0
    uint32_t lo = kind == SEG_CORE ? CORE_RAM : DEVS_RAM;
    uint32_t hi = lo + (kind == SEG_CORE ? CORE_RAM_SIZE : DEVS_RAM_SIZE);
    uint32_t img = (uint32_t)(uintptr_t)h;
    if (h->data_start > h->data_end || h->data_end > h->bss_end)
        return 0;
    if (h->bss_end > h->data_start && (h->data_start < lo || h->bss_end > hi))
        return 0;
    uint32_t n = h->data_end - h->data_start;
    return n == 0 || (h->data_load >= img && h->data_load - img <= h->size &&
                      n <= h->size - (h->data_load - img));
#else
    (void)h;
    (void)kind;
    return 1; /* native: the dynamic loader places data */
#endif
}

/* validate the segment in its slot; on failure print one line */
static const SegHeader *seg_validate(int kind, uint16_t core_abi) {
    char why[64];
    const SegHeader *h = board_seg_header(kind);
    int rc = boot_seg_check(h, kind, slot_size(kind), core_abi, board_seg_has_crc(), why,
                            sizeof why);
    if (rc == 0 && !ram_ok(h, kind)) {
        rc = BOOT_EBADSEG;
        strcpy(why, "RAM outside its slot");
    }
    if (rc < 0) {
        boot_eprintf("boot: %s segment refused: %s\n", kind == SEG_CORE ? "core" : "devs", why);
        return NULL;
    }
    return h;
}

static const SegHeader *seg_find(int kind) {
    return kind == SEG_CORE ? core_hdr : kind == SEG_DEVS ? devs_hdr : NULL;
}

static void log_seg(const SegHeader *h) {
    if (h->flash_addr)
        trace("  flash %08x..%08x, ram %08x..%08x, build %08x\n", h->flash_addr,
             h->flash_addr + h->size, h->data_start, h->bss_end, h->build_id);
    else
        trace("  build %08x\n", h->build_id);
}

extern const BootApi boot_api;

static int devs_load(const void *core_api) {
    if (devs_hdr)
        return BOOT_EBUSY;
    uint16_t core_abi = *(const uint16_t *)core_api; /* CoreApi starts with abi */
    const SegHeader *h = seg_validate(SEG_DEVS, core_abi);
    if (!h)
        return BOOT_EBADSEG;
    board_seg_prepare(h);
    trace("  core -> devs init %p\n", (void *)h->init);
    int rc = h->init(&boot_api, core_api);
    if (rc < 0) {
        boot_eprintf("boot: devs init failed (%d)\n", rc);
        return rc;
    }
    devs_hdr = h;
    devs_core_api = core_api;
    log_seg(h);
    return BOOT_OK;
}

static void devs_unload(void) {
    if (!devs_hdr)
        return;
    trace("  core -> devs deinit %p\n", (void *)devs_hdr->deinit);
    if (devs_hdr->deinit)
        devs_hdr->deinit();
    devs_hdr = NULL;
}

static int devs_replace(const char *source) {
    char why[64];
    if (devs_hdr)
        return BOOT_EBUSY;
    /* flat boards install the image from MRFS; natively it is a .so path */
    int rc = board_seg_has_crc()
                 ? boot_files_devs_replace(source, devs_core_api ? *(const uint16_t *)devs_core_api
                                                                 : 0,
                                           why, sizeof why)
                 : board_devs_replace(source, why, sizeof why);
    if (rc < 0)
        boot_eprintf("boot: devs replace from %s refused: %s\n", source, why);
    return rc;
}

static void ram_free(void **start, size_t *size) { board_ram_free(start, size); }

static void boot_exit(int status) {
    board_exit(status);
}

const BootApi boot_api = {
    .abi = ABI_VERSION(BOOT_ABI_MAJOR, BOOT_ABI_MINOR),
    .size = sizeof(BootApi),
    .write = board_write,
    .write_err = board_write_err,
    .getc = board_getc,
    .printf = boot_printf,
    .log = trace,
    .interrupted = board_interrupted,
    .ticks_ms = board_ticks_ms,
    .cycles = board_cycles,
    .delay_ms = board_sleep_ms,
    .flash_info = board_flash_info,
    .flash_erase = board_flash_erase,
    .flash_program = board_flash_program,
    .ram_free = ram_free,
    .sleep_ms = board_sleep_ms,
    .wdt_start = board_wdt_start,
    .wdt_kick = board_wdt_kick,
    .reset = board_reset,
    .exit = boot_exit,
    .seg_find = seg_find,
    .devs_load = devs_load,
    .devs_unload = devs_unload,
    .devs_replace = devs_replace,
    .host_file = board_host_file,
    .file_find = boot_files_find,
    .file_write = boot_files_write,
    .file_begin = boot_files_begin,
    .file_append = boot_files_append,
    .file_commit = boot_files_commit,
    .file_delete = boot_files_delete,
    .file_list = boot_files_list,
    .file_gen = boot_files_gen,
    .time = board_time,
};

/* ---- start-up ----------------------------------------------------------- */

int boot_shell(void);

int boot_main(int argc, char **argv) {
    uint32_t flo, fhi, rlo, rhi, top;
    board_ranges(&flo, &fhi, &rlo, &rhi, &top);
    trace("<RESET>\n");
    trace("  flash %08x..%08x, ram %08x..%08x, stack top %08x\n", flo, fhi, rlo, rhi, top);

    boot_files_init();
    boot_files_install();
    core_hdr = seg_validate(SEG_CORE, 0);
    if (!core_hdr)
        return boot_shell();
    board_seg_prepare(core_hdr);
    trace("  boot -> core init %p (%u cycles since reset)\n", (void *)core_hdr->init,
          board_cycles());
    int rc = core_hdr->init(&boot_api, NULL);
    if (rc < 0) {
        boot_eprintf("boot: core init failed (%d)\n", rc);
        return boot_shell();
    }
    int status = core_hdr->run ? core_hdr->run(argc, argv) : 0;
    if (core_hdr->deinit)
        core_hdr->deinit();
    trace("  boot <- core deinit %p\n", (void *)core_hdr->deinit);
    trace("<EXIT %d> (%u cycles since reset)\n", status, board_cycles());
    core_hdr = NULL;
    return status;
}
