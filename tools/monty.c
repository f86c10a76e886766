/*
 * monty.c - the host program: run a script natively or on the emulated
 * board, and work with segments, flash images and MRFS stores.
 *
 *   monty [-v] [-X heapsize=N] [--devs SO] FILE.py [ARGS]   run natively
 *   monty --board qemu [-v] [--flash FILE] [--timeout S] [FILE.py [ARGS]]
 *   monty mrfs IMAGE VERB ...      MRFS store files (see docs/mrfs.md)
 *   monty dis FILE.py              disassemble (docs/bytecode.md)
 *   monty compile FILE.py -o OUT   compile to a module image
 *   monty seg fix|info FILE.bin    patch/show a segment image's header
 *   monty image OUT BOOT CORE DEVS [NAME=FILE ...]   compose a flash image
 */
#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "../boot/boot.h"
#include "../boot/native/native.h"
#include "tool.h"

#define QEMU_RESET_STATUS 125 /* boot/qemu/board.c: board_reset() */

static char exe_dir[PATH_MAX / 2];

static void usage(void) {
    fprintf(stderr,
            "usage: monty [-v] [-X heapsize=N[k|m]] [--devs SO] FILE.py [ARGS...]\n"
            "       monty --board qemu [-v] [--flash FILE] [--timeout SEC] [FILE.py [ARGS...]]\n"
            "       monty mrfs IMAGE VERB ...   |  monty dis FILE.py  |  monty compile FILE.py -o OUT\n"
            "       monty seg fix|info FILE.bin |  monty image OUT BOOT CORE DEVS [NAME=FILE...]\n");
}

static int die(const char *fmt, const char *arg) {
    fprintf(stderr, "monty: ");
    fprintf(stderr, fmt, arg);
    fprintf(stderr, "\n");
    return 2;
}

/* ---- files -------------------------------------------------------------- */

uint8_t *tool_read_file(const char *path, size_t *len) {
    FILE *f = strcmp(path, "-") ? fopen(path, "rb") : stdin;
    if (!f)
        return NULL;
    size_t cap = 1 << 16, n = 0, k;
    uint8_t *buf = malloc(cap);
    while (buf && (k = fread(buf + n, 1, cap - n, f)) > 0) {
        n += k;
        if (n == cap) {
            uint8_t *nb = realloc(buf, cap *= 2);
            if (!nb)
                free(buf);
            buf = nb;
        }
    }
    if (f != stdin)
        fclose(f);
    *len = n;
    return buf;
}

int tool_write_file(const char *path, const void *data, size_t len) {
    FILE *f = fopen(path, "wb");
    if (!f)
        return -1;
    size_t k = fwrite(data, 1, len, f);
    return fclose(f) == 0 && k == len ? 0 : -1;
}

static int exists(const char *path) { return access(path, R_OK) == 0; }

/* a build product next to the executable: DIR/NAME or DIR/native/NAME */
static const char *product(const char *name, char *buf, size_t n) {
    snprintf(buf, n, "%s/%s", exe_dir, name);
    if (exists(buf))
        return buf;
    snprintf(buf, n, "%s/native/%s", exe_dir, name);
    return exists(buf) ? buf : NULL;
}

/* ---- size parsing ------------------------------------------------------- */

static int parse_size(const char *s, size_t *out) {
    char *end;
    errno = 0;
    unsigned long long v = strtoull(s, &end, 0);
    if (errno || end == s)
        return -1;
    if (*end == 'k' || *end == 'K')
        v <<= 10, end++;
    else if (*end == 'm' || *end == 'M')
        v <<= 20, end++;
    if (*end || v > (1ull << 31))
        return -1;
    *out = (size_t)v;
    return 0;
}

/* ---- segment images ----------------------------------------------------- */

/* the header of a flat 32-bit image: boot's follows its vector table */
static SegHeader *find_header(uint8_t *img, size_t len) {
    for (size_t off = 0; off + sizeof(SegHeader) <= len && off < 1024; off += 64) {
        SegHeader *h = (SegHeader *)(img + off);
        if (h->magic == SEG_MAGIC)
            return h;
    }
    return NULL;
}

static int seg_cmd(int argc, char **argv) {
    if (argc != 3 || (strcmp(argv[1], "fix") && strcmp(argv[1], "info")))
        return die("usage: monty seg fix|info FILE.bin", "");
    size_t len;
    uint8_t *img = tool_read_file(argv[2], &len);
    if (!img)
        return die("cannot read %s", argv[2]);
    /* flat images are 32-bit: the host's SegHeader has 8-byte pointers, so
     * read the fields by their 32-bit offsets */
    int rc = 0;
    SegHeader32 *h = (SegHeader32 *)(void *)find_header(img, len);
    if (!h) {
        free(img);
        return die("%s: no segment header", argv[2]);
    }
    uint32_t hoff = (uint32_t)((uint8_t *)h - img);
    if (!strcmp(argv[1], "fix")) {
        h->size = (uint32_t)len - hoff;
        h->crc = 0;
        h->crc = boot_crc32(0, (uint8_t *)h, h->size);
        if (tool_write_file(argv[2], img, len) < 0)
            rc = die("cannot write %s", argv[2]);
    } else {
        uint32_t crc = h->crc;
        h->crc = 0;
        uint32_t actual = h->size <= len - hoff ? boot_crc32(0, (uint8_t *)h, h->size) : 0;
        static const char *kinds[] = {"?", "boot", "core", "devs"};
        printf("%s: %s segment at %08x, %u bytes, boot ABI %u.%u, core ABI %u.%u, build %08x, "
               "crc %08x (%s)\n",
               argv[2], kinds[h->kind < 4 ? h->kind : 0], h->flash_addr, h->size,
               ABI_MAJOR(h->abi_boot), ABI_MINOR(h->abi_boot), ABI_MAJOR(h->abi_core),
               ABI_MINOR(h->abi_core), h->build_id, crc, crc == actual ? "ok" : "BAD");
        rc = crc == actual ? 0 : 1;
    }
    free(img);
    return rc;
}

/* ---- flash images for flat boards ---------------------------------------- */

/* place a segment image at its link address; checks it fits its slot */
static int place(uint8_t *flash, uint32_t flash_size, const char *path, uint32_t slot,
                 uint32_t slot_size) {
    size_t len;
    uint8_t *img = tool_read_file(path, &len);
    if (!img)
        return die("cannot read %s", path);
    if (len > slot_size) {
        free(img);
        fprintf(stderr, "monty: %s is %zu bytes, its slot only %u\n", path, len, slot_size);
        return 2;
    }
    if (slot + len > flash_size) {
        free(img);
        return die("%s does not fit the flash", path);
    }
    memcpy(flash + slot, img, len);
    free(img);
    return 0;
}

static int image_cmd(int argc, char **argv) {
    const ToolLayout *L = &tool_qemu_layout;
    if (argc > 2 && !strcmp(argv[1], "--board")) {
        L = tool_layout(argv[2]);
        if (!L)
            return die("unknown board '%s'", argv[2]);
        argc -= 2;
        argv += 2;
    }
    if (argc < 5)
        return die("usage: monty image [--board B] OUT BOOT CORE DEVS [NAME=FILE ...]", "");
    uint8_t *flash = malloc(L->flash_size);
    if (!flash)
        return die("out of memory", "");
    memset(flash, 0xFF, L->flash_size);
    int rc = place(flash, L->flash_size, argv[2], L->boot_addr, L->boot_size);
    if (!rc)
        rc = place(flash, L->flash_size, argv[3], L->core_addr, L->core_size);
    if (!rc && strcmp(argv[4], "-"))
        rc = place(flash, L->flash_size, argv[4], L->devs_addr, L->devs_size);
    if (!rc)
        rc = tool_mrfs_format_and_put(flash + L->mrfs_addr, L, argc - 5, argv + 5);
    if (!rc && tool_write_file(argv[1], flash, L->flash_size) < 0)
        rc = die("cannot write %s", argv[1]);
    free(flash);
    return rc;
}

/* ---- running on qemu ---------------------------------------------------- */

static volatile sig_atomic_t child_pid;

static void forward_sigint(int sig) {
    (void)sig;
    /* the console carries Ctrl-C to the board as byte 3; a second one
     * while the board does not react ends QEMU */
    if (child_pid)
        kill(child_pid, SIGTERM);
}

static int run_qemu(const char *flash_path, int verbose, int timeout_s, int icount, int argc,
                    char **argv) {
    char args[1024];
    int n = snprintf(args, sizeof args, "%sstderr flash=%s --", verbose ? "" : "-q ", flash_path);
    for (int i = 0; i < argc && n < (int)sizeof args; i++)
        n += snprintf(args + n, sizeof args - n, " %s", argv[i]);
    if (n >= (int)sizeof args)
        return die("arguments too long", "");
    char semi[1200];
    snprintf(semi, sizeof semi, "enable=on,target=native,arg=%s", args);
    for (char *p = semi; *p; p++) /* semihosting splits arg= on commas */
        if (*p == ',' && p > semi + 26)
            *p = ' ';
    char *qargv[32];
    int q = 0;
    qargv[q++] = "qemu-system-arm";
    qargv[q++] = "-M";
    qargv[q++] = "mps2-an385";
    qargv[q++] = "-display";
    qargv[q++] = "none";
    qargv[q++] = "-monitor";
    qargv[q++] = "none";
    qargv[q++] = "-chardev";
    qargv[q++] = "stdio,id=con,signal=off";
    qargv[q++] = "-serial";
    qargv[q++] = "chardev:con";
    qargv[q++] = "-semihosting-config";
    qargv[q++] = semi;
    qargv[q++] = "-kernel";
    qargv[q++] = (char *)flash_path;
    if (icount) {
        qargv[q++] = "-icount";
        qargv[q++] = "shift=0";
    }
    qargv[q] = NULL;

    for (;;) {
        pid_t pid = fork();
        if (pid < 0)
            return die("fork failed", "");
        if (pid == 0) {
            execvp(qargv[0], qargv);
            fprintf(stderr, "monty: cannot run qemu-system-arm: %s\n", strerror(errno));
            _exit(127);
        }
        child_pid = pid;
        signal(SIGINT, forward_sigint);
        int status = 0;
        time_t t0 = time(NULL);
        for (;;) {
            pid_t r = waitpid(pid, &status, WNOHANG);
            if (r == pid)
                break;
            if (timeout_s && time(NULL) - t0 >= timeout_s) {
                kill(pid, SIGKILL);
                waitpid(pid, &status, 0);
                fprintf(stderr, "monty: board timed out after %d s\n", timeout_s);
                return 124;
            }
            usleep(10000);
        }
        child_pid = 0;
        if (WIFEXITED(status) && WEXITSTATUS(status) == QEMU_RESET_STATUS)
            continue; /* board reset: start again from the persisted flash */
        if (WIFEXITED(status))
            return WEXITSTATUS(status);
        return die("qemu ended abnormally", "");
    }
}

static int board_run(const char *board, int verbose, const char *flash_opt, int timeout_s,
                     int icount, int argc, char **argv) {
    if (strcmp(board, "qemu"))
        return die("unknown board '%s' (boards that run: native, qemu)", board);
    char base[PATH_MAX];
    snprintf(base, sizeof base, "%s/qemu/flash.bin", exe_dir);
    if (!exists(base))
        return die("%s not built (run make)", base);
    char tmp[PATH_MAX] = "";
    const char *flash_path = flash_opt;
    if (!flash_path || !exists(flash_path)) {
        /* a fresh copy of the built image, plus the program in MRFS */
        size_t len;
        uint8_t *img = tool_read_file(base, &len);
        if (!img)
            return die("cannot read %s", base);
        int rc = 0;
        if (argc > 0)
            rc = tool_put_main(img, len, &tool_qemu_layout, argv[0]);
        if (!flash_path) {
            snprintf(tmp, sizeof tmp, "/tmp/monty-flash-XXXXXX");
            int fd = mkstemp(tmp);
            if (fd < 0) {
                free(img);
                return die("cannot create a temporary file", "");
            }
            close(fd);
            flash_path = tmp;
        }
        if (!rc && tool_write_file(flash_path, img, len) < 0)
            rc = die("cannot write %s", flash_path);
        free(img);
        if (rc) {
            if (*tmp)
                unlink(tmp);
            return rc;
        }
    }
    int st = run_qemu(flash_path, verbose, timeout_s, icount, argc, argv);
    if (*tmp)
        unlink(tmp);
    return st;
}

/* ---- main --------------------------------------------------------------- */

int main(int argc, char **argv) {
    char self[PATH_MAX];
    ssize_t k = readlink("/proc/self/exe", self, sizeof self - 1);
    if (k > 0) {
        self[k] = 0;
        char *slash = strrchr(self, '/');
        if (slash)
            *slash = 0;
        if (strlen(self) < sizeof exe_dir)
            memcpy(exe_dir, self, strlen(self) + 1);
    } else {
        snprintf(exe_dir, sizeof exe_dir, ".");
    }
    if (argc < 2) {
        usage();
        return 2;
    }
    const char *cmd = argv[1];
    if (!strcmp(cmd, "mrfs"))
        return tool_mrfs_main(argc - 1, argv + 1);
    if (!strcmp(cmd, "dis"))
        return tool_dis_main(argc - 1, argv + 1);
    if (!strcmp(cmd, "compile"))
        return tool_compile_main(argc - 1, argv + 1);
    if (!strcmp(cmd, "seg"))
        return seg_cmd(argc - 1, argv + 1);
    if (!strcmp(cmd, "image"))
        return image_cmd(argc - 1, argv + 1);

    NativeOpts opts = {0};
    const char *board = "native", *flash = NULL;
    int timeout_s = 60, icount = 0, i = 1;
    char devs_buf[PATH_MAX];
    opts.devs_path = product("devs.so", devs_buf, sizeof devs_buf);
    for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "-v"))
            opts.verbose = 1;
        else if (!strcmp(a, "-X") && i + 1 < argc) {
            const char *x = argv[++i];
            if (!strncmp(x, "heapsize=", 9)) {
                if (parse_size(x + 9, &opts.heap_size) < 0 || opts.heap_size < 4096)
                    return die("bad heap size '%s'", x + 9);
            } else
                return die("unknown -X option '%s'", x);
        } else if (!strcmp(a, "--board") && i + 1 < argc)
            board = argv[++i];
        else if (!strcmp(a, "--devs") && i + 1 < argc)
            opts.devs_path = argv[++i];
        else if (!strcmp(a, "--flash") && i + 1 < argc)
            flash = argv[++i];
        else if (!strcmp(a, "--timeout") && i + 1 < argc)
            timeout_s = atoi(argv[++i]);
        else if (!strcmp(a, "--icount"))
            icount = 1;
        else if (!strcmp(a, "--")) {
            i++;
            break;
        } else {
            usage();
            return die("unknown option '%s'", a);
        }
    }
    if (strcmp(board, "native"))
        return board_run(board, opts.verbose, flash, timeout_s, icount, argc - i, argv + i);
    if (i >= argc && !opts.verbose) {
        usage();
        return 2;
    }
    opts.flash_path = flash;
    opts.host_argv = argv;
    return native_boot(&opts, argc - i, argv + i);
}
