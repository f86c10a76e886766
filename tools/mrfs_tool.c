/*
 * mrfs_tool.c - `monty mrfs IMAGE VERB ...`: make and inspect MRFS images
 * on the host with the same library code as the boards (docs/mrfs.md
 * section 10).  The image file is the store's flash contents, mapped with
 * the flash simulator, so what this writes is what a board reads.
 *
 *   int mrfs_tool_main(int argc, char **argv)   argv[0] "mrfs", argv[1] IMAGE
 *   int mrfs_tool_fill(...)                     a store in memory, for `monty image`
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "flashsim.h"
#include "mrfs.h"

int mrfs_tool_main(int argc, char **argv);
int mrfs_tool_fill(uint8_t *area, uint32_t size, uint32_t page, uint32_t prog, int n, char **pairs);

static const char *image;

static int fail(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static int fail(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    fputs("mrfs: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    return 1;
}

static int usage(void) {
    fputs("usage: monty mrfs IMAGE VERB ...\n"
          "  format [--size BYTES] [--page BYTES] [--program BYTES]   (64K, 2K, 8)\n"
          "  put NAME FILE        store FILE (- for stdin) as NAME\n"
          "  get NAME             write NAME to stdout\n"
          "  rm NAME              delete NAME\n"
          "  ls                   list: name, size, time (UTC)\n"
          "  compact              compact now\n"
          "  check                verify every entry and the free space\n"
          "  stat                 sizes, free space, erase counts\n",
          stderr);
    return 2;
}

static const char *errtext(int r) {
    switch (r) {
    case MRFS_EIO: return "flash operation failed";
    case MRFS_EINVAL: return "invalid argument";
    case MRFS_ENOENT: return "no such file";
    case MRFS_ECORRUPT: return "store is damaged";
    case MRFS_ENOSPC: return "store full";
    case MRFS_EBUSY: return "busy";
    case MRFS_ENOTSUP: return "not supported";
    case MRFS_ENOFS: return "not an MRFS store";
    case MRFS_ENAMETOOLONG: return "name too long";
    case MRFS_EROFS: return "read-only";
    default: return "error";
    }
}

/* 123, 64K, 2M */
static int parse_size(const char *s, uint32_t *out) {
    char *end;
    errno = 0;
    unsigned long v = strtoul(s, &end, 0);
    if (end == s || errno)
        return -1;
    if (*end == 'K' || *end == 'k')
        v *= 1024, end++;
    else if (*end == 'M' || *end == 'm')
        v *= 1024 * 1024, end++;
    if (*end || v == 0 || v >= (1ul << 30))
        return -1;
    *out = (uint32_t)v;
    return 0;
}

static int name_ok(const char *name) {
    size_t n = strlen(name);
    if (n > MRFS_NAME_MAX)
        return fail("name too long (at most %d bytes): '%s'", MRFS_NAME_MAX, name);
    if (!n)
        return fail("empty name");
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)name[i] < 0x21 || (unsigned char)name[i] > 0x7E)
            return fail("bad character in name '%s' (printable ASCII, no spaces)", name);
    return 0;
}

static uint8_t *read_all(FILE *f, size_t *len) {
    size_t cap = 1 << 16, n = 0;
    uint8_t *buf = malloc(cap);
    while (buf) {
        size_t k = fread(buf + n, 1, cap - n, f);
        n += k;
        if (n < cap) {
            if (ferror(f)) {
                free(buf);
                return NULL;
            }
            *len = n;
            return buf;
        }
        uint8_t *nb = realloc(buf, cap *= 2);
        if (!nb)
            free(buf);
        buf = nb;
    }
    return NULL;
}

static uint32_t now_minutes(void) { return (uint32_t)(time(NULL) / 60); }

/* ---- opening an image ---- */

static FlashSim sim;
static MrfsFlash fl;
static MrfsStore st;

static int open_store(int rdonly) {
    FILE *f = fopen(image, "rb");
    if (!f)
        return fail("cannot open %s: %s", image, strerror(errno));
    size_t len;
    uint8_t *img = read_all(f, &len);
    fclose(f);
    if (!img)
        return fail("cannot read %s", image);
    uint32_t page, prog;
    int r = len < (1u << 30) ? mrfs_probe(img, (uint32_t)len, &page, &prog) : MRFS_ENOFS;
    free(img);
    if (r < 0)
        return fail("%s is not an MRFS store", image);
    if (flashsim_open(&sim, image, 0, page, prog) < 0)
        return fail("cannot map %s: %s", image, strerror(errno));
    fl = flashsim_mrfs(&sim, 0, sim.size);
    r = mrfs_mount(&st, &fl, rdonly ? MRFS_MOUNT_RDONLY : 0);
    if (r == MRFS_ENOFS || r == MRFS_EINVAL) {
        flashsim_close(&sim);
        return fail("%s is not an MRFS store", image);
    }
    if (r < 0) {
        flashsim_close(&sim);
        return fail("%s: finishing an interrupted compaction failed: %s", image, errtext(r));
    }
    return 0;
}

/* ---- verbs ---- */

static int do_format(int argc, char **argv) {
    uint32_t size = 64 * 1024, page = 2048, prog = 8;
    for (int i = 0; i < argc; i++) {
        uint32_t *dst = !strcmp(argv[i], "--size")      ? &size
                        : !strcmp(argv[i], "--page")    ? &page
                        : !strcmp(argv[i], "--program") ? &prog
                                                        : NULL;
        if (!dst || i + 1 >= argc)
            return usage();
        if (parse_size(argv[++i], dst) < 0)
            return fail("bad size '%s' for %s", argv[i], argv[i - 1]);
    }
    if (!page || (page & (page - 1)) || page < 128 || page > 65536)
        return fail("page size must be a power of two from 128 to 65536");
    if (!prog || (prog & (prog - 1)) || prog > 32)
        return fail("program size must be 1, 2, 4, 8, 16 or 32");
    if (size % page || size / page < 8 || size / page > MRFS_MAX_PAGES)
        return fail("store size must be 8 to %d pages of %u bytes", MRFS_MAX_PAGES, page);
    if (flashsim_open(&sim, image, size, page, prog) < 0)
        return fail("cannot create %s: %s", image, strerror(errno));
    fl = flashsim_mrfs(&sim, 0, size);
    int r = mrfs_format(&st, &fl, now_minutes());
    flashsim_close(&sim);
    if (r < 0)
        return fail("format failed: %s", errtext(r));
    return 0;
}

static int do_put(const char *name, const char *path) {
    if (name_ok(name))
        return 1;
    FILE *f = strcmp(path, "-") ? fopen(path, "rb") : stdin;
    if (!f)
        return fail("cannot open %s: %s", path, strerror(errno));
    size_t len;
    uint8_t *data = read_all(f, &len);
    if (f != stdin)
        fclose(f);
    if (!data)
        return fail("cannot read %s", path);
    int r =
        len >= (1u << 30) ? MRFS_ENOSPC : mrfs_write(&st, name, data, (uint32_t)len, now_minutes());
    free(data);
    if (r == MRFS_ENOSPC) {
        MrfsStat s;
        mrfs_stat(&st, &s);
        return fail("store full: '%s' (%zu bytes) does not fit, even after compaction "
                    "(about %u bytes left)",
                    name, len, s.avail > 100 ? s.avail - 100 : 0);
    }
    if (r < 0)
        return fail("cannot write '%s': %s", name, errtext(r));
    return 0;
}

static int do_get(const char *name) {
    if (name_ok(name))
        return 1;
    MrfsFile f;
    int r = mrfs_find(&st, name, &f);
    if (r == MRFS_ENOENT)
        return fail("no such file: '%s'", name);
    if (r < 0)
        return fail("cannot read '%s': %s", name, errtext(r));
    if (fwrite(f.data, 1, f.size, stdout) != f.size || fflush(stdout))
        return fail("cannot write to stdout");
    return 0;
}

static int do_rm(const char *name) {
    if (name_ok(name))
        return 1;
    int r = mrfs_delete(&st, name, now_minutes());
    if (r == MRFS_ENOENT)
        return fail("no such file: '%s'", name);
    if (r < 0)
        return fail("cannot delete '%s': %s", name, errtext(r));
    return 0;
}

static void fmt_time(uint32_t mtime, char *buf, size_t n) {
    if (!mtime) {
        snprintf(buf, n, "-");
        return;
    }
    time_t t = (time_t)mtime * 60;
    struct tm tm;
    gmtime_r(&t, &tm);
    strftime(buf, n, "%Y-%m-%d %H:%M", &tm);
}

static int ls_one(void *arg, const MrfsFile *f) {
    (void)arg;
    char when[32];
    fmt_time(f->mtime, when, sizeof when);
    printf("%-31s %9u  %s\n", f->name, f->size, when);
    return 0;
}

static int do_ls(void) {
    int r = mrfs_list(&st, ls_one, NULL);
    return r < 0 ? fail("cannot list: %s", errtext(r)) : 0;
}

static int do_compact(void) {
    int r = mrfs_compact(&st);
    if (r < 0)
        return fail("compaction failed: %s", errtext(r));
    return 0;
}

static char first_problem[160];

static void report(void *arg, uint32_t off, int problem, const char *what, const char *name) {
    (void)arg;
    char line[160];
    snprintf(line, sizeof line, "%s at %#x%s%s%s", what, off, name ? " ('" : "", name ? name : "",
             name ? "')" : "");
    printf("%s %s\n", problem ? "problem:" : "note:   ", line);
    if (problem && !first_problem[0])
        snprintf(first_problem, sizeof first_problem, "%s", line);
}

static int do_check(void) {
    int n = mrfs_check(&st, report, NULL);
    if (n < 0)
        return fail("check failed: %s", errtext(n));
    if (n)
        return fail("%s: %d problem%s, first: %s", image, n, n > 1 ? "s" : "", first_problem);
    int files = mrfs_list(&st, NULL, NULL);
    printf("ok: %d file%s, %u bad entries and %u junk bytes skipped\n", files,
           files == 1 ? "" : "s", st.bad, st.junk);
    return 0;
}

static int do_stat(void) {
    MrfsStat s;
    int r = mrfs_stat(&st, &s);
    if (r < 0)
        return fail("stat failed: %s", errtext(r));
    printf("size        %u bytes: %u pages of %u, programmed %u at a time\n", s.size, s.pages,
           s.page_size, s.prog_size);
    printf("files       %u, %u bytes of entries\n", s.files, s.live_bytes);
    printf("used        %u bytes (files, old versions and junk)\n", s.used_bytes);
    printf("free        %u bytes now, about %u bytes for new entries after compaction\n",
           s.free_now, s.avail);
    printf("reserve     %u bytes kept for compaction and the store description\n", s.reserve);
    printf("compactions %u; erases per page min %u, max %u, mean %.1f\n", s.compactions,
           s.erase_min, s.erase_max, s.pages ? (double)s.erase_total / s.pages : 0.0);
    printf("erases     ");
    for (uint32_t p = 0; p < s.pages; p++) {
        if (p && p % 16 == 0)
            printf("\n           ");
        printf(" %ld", mrfs_erase_count(&st, p));
    }
    printf("\n");
    if (s.bad || s.junk)
        printf("skipped     %u bad entries, %u junk bytes\n", s.bad, s.junk);
    return 0;
}

int mrfs_tool_main(int argc, char **argv) {
    if (argc < 3)
        return usage();
    image = argv[1];
    const char *verb = argv[2];
    int nargs = argc - 3;
    char **args = argv + 3;
    if (!strcmp(verb, "format"))
        return do_format(nargs, args);
    struct {
        const char *name;
        int nargs, rdonly;
    } verbs[] = {{"put", 2, 0},     {"get", 1, 1},   {"rm", 1, 0},  {"ls", 0, 1},
                 {"compact", 0, 0}, {"check", 0, 1}, {"stat", 0, 1}};
    unsigned i;
    for (i = 0; i < sizeof verbs / sizeof verbs[0]; i++)
        if (!strcmp(verb, verbs[i].name))
            break;
    if (i == sizeof verbs / sizeof verbs[0] || nargs != verbs[i].nargs)
        return usage();
    if (open_store(verbs[i].rdonly))
        return 1;
    int r;
    switch (i) {
    case 0: r = do_put(args[0], args[1]); break;
    case 1: r = do_get(args[0]); break;
    case 2: r = do_rm(args[0]); break;
    case 3: r = do_ls(); break;
    case 4: r = do_compact(); break;
    case 5: r = do_check(); break;
    default: r = do_stat(); break;
    }
    if (sim.violations && !r)
        r = fail("internal error: flash rule broken: %s", sim.why);
    flashsim_close(&sim);
    return r;
}

/* ---- a store in memory (for `monty image`) ---- */

typedef struct MemFlash {
    uint8_t *mem;
    uint32_t page;
} MemFlash;

static int mem_erase(void *ctx, uint32_t off) {
    MemFlash *m = ctx;
    memset(m->mem + off, 0xFF, m->page);
    return 0;
}

static int mem_program(void *ctx, uint32_t off, const void *src, uint32_t n) {
    MemFlash *m = ctx;
    const uint8_t *s = src;
    for (uint32_t i = 0; i < n; i++)
        m->mem[off + i] &= s[i];
    return 0;
}

/* Formats area[0..size) as an MRFS store and stores each "NAME=PATH" pair.
 * Returns 0, or 1 after printing one error line. */
int mrfs_tool_fill(uint8_t *area, uint32_t size, uint32_t page, uint32_t prog, int n,
                   char **pairs) {
    MemFlash m = {area, page};
    MrfsFlash mf = {area, size, page, prog, mem_erase, mem_program, &m};
    MrfsStore ms;
    int r = mrfs_format(&ms, &mf, now_minutes());
    if (r < 0)
        return fail("cannot format the MRFS area: %s", errtext(r));
    for (int i = 0; i < n; i++) {
        char name[MRFS_NAME_MAX + 2];
        const char *eq = strchr(pairs[i], '=');
        if (!eq || eq == pairs[i])
            return fail("expected NAME=FILE, got '%s'", pairs[i]);
        size_t nl = (size_t)(eq - pairs[i]);
        if (nl > MRFS_NAME_MAX)
            return fail("name too long (at most %d bytes) in '%s'", MRFS_NAME_MAX, pairs[i]);
        memcpy(name, pairs[i], nl);
        name[nl] = 0;
        if (name_ok(name))
            return 1;
        FILE *f = fopen(eq + 1, "rb");
        if (!f)
            return fail("cannot open %s: %s", eq + 1, strerror(errno));
        size_t len;
        uint8_t *data = read_all(f, &len);
        fclose(f);
        if (!data)
            return fail("cannot read %s", eq + 1);
        r = len >= (1u << 30) ? MRFS_ENOSPC
                              : mrfs_write(&ms, name, data, (uint32_t)len, now_minutes());
        free(data);
        if (r == MRFS_ENOSPC)
            return fail("MRFS area full: '%s' (%zu bytes) does not fit", name, len);
        if (r < 0)
            return fail("cannot store '%s': %s", name, errtext(r));
    }
    return 0;
}
