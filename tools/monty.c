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
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#ifdef __linux__
#include <sys/prctl.h>
#endif

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

/*
 * The console.  QEMU's UART reads a pipe that this program feeds from its
 * own stdin, and QEMU runs in a process group of its own.  A Ctrl-C on the
 * terminal (SIGINT to the foreground process group) therefore reaches this
 * program only, which sends it to the board as byte 3 ahead of any queued
 * input; the board raises KeyboardInterrupt (boot/qemu/board.c).  A Ctrl-C
 * pressed while QEMU starts waits in the pipe until the board reads its
 * UART.  The terminal is left in its normal line mode: it echoes and edits
 * lines as for a native program.
 *
 * Ending: the board's exit status is returned.  When the board has not
 * taken its console input (the pipe still holds bytes) for a second after
 * a Ctrl-C, another Ctrl-C stops QEMU and this program ends by SIGINT.
 * SIGTERM and SIGHUP stop QEMU and end this program by that signal; Ctrl-Z
 * stops QEMU with it.  On Linux QEMU is also killed should this program die
 * any other way, so that it is never left running.
 */
#define INTR_PATIENCE_MS 1000

static volatile sig_atomic_t sigint_count, stop_sig, tstp;

static void on_sigint(int sig) {
    (void)sig;
    sigint_count++;
}
static void on_stop(int sig) { stop_sig = sig; }
static void on_tstp(int sig) {
    (void)sig;
    tstp = 1;
}

static long long now_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1000LL + ts.tv_nsec / 1000000;
}

/* catches sig unless it is ignored (nohup, background jobs of scripts):
 * those stay ignored, as in any well-behaved program */
static void catch_signal(int sig, void (*fn)(int), struct sigaction *saved) {
    struct sigaction sa, old;
    sigaction(sig, NULL, &old);
    if (saved)
        *saved = old;
    if (old.sa_handler == SIG_IGN)
        return;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = fn;
    sigemptyset(&sa.sa_mask);
    sigaction(sig, &sa, NULL);
}

static pid_t start_qemu(char **qargv, int console_fd) {
    pid_t parent = getpid();
    pid_t pid = fork();
    if (pid == 0) {
        setpgid(0, 0); /* out of the terminal's foreground group: no SIGINT */
#ifdef __linux__
        prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (getppid() != parent)
            _exit(127); /* the parent died before prctl */
#else
        (void)parent;
#endif
        signal(SIGPIPE, SIG_DFL); /* ignored dispositions survive exec */
        if (dup2(console_fd, 0) < 0)
            _exit(127);
        execvp(qargv[0], qargv);
        fprintf(stderr, "monty: cannot run qemu-system-arm: %s\n", strerror(errno));
        _exit(127);
    }
    if (pid > 0)
        setpgid(pid, pid); /* also here: either may run first */
    return pid;
}

/* bytes written to the console pipe that QEMU has not read yet */
static int pipe_unread(int rd) {
    int n = 0;
    return ioctl(rd, FIONREAD, &n) < 0 ? 0 : n;
}

static void stop_qemu(pid_t pid) {
    kill(pid, SIGKILL);
    while (waitpid(pid, NULL, 0) < 0 && errno == EINTR)
        ;
}

/* Runs QEMU until the board exits, feeding it stdin and Ctrl-C.  Returns
 * the board's status, 124 on time-out, or -SIG when this program must end
 * by signal SIG (after its caller has cleaned up). */
static int qemu_session(char **qargv, int timeout_s) {
    int con[2];
    if (pipe(con) < 0)
        return die("cannot create a pipe", "");
    fcntl(con[0], F_SETFD, FD_CLOEXEC); /* QEMU gets it as fd 0 only */
    fcntl(con[1], F_SETFD, FD_CLOEXEC);
    fcntl(con[1], F_SETFL, fcntl(con[1], F_GETFL) | O_NONBLOCK);
    signal(SIGPIPE, SIG_IGN); /* QEMU gone: write() fails with EPIPE instead */
    struct sigaction saved[4];
    catch_signal(SIGINT, on_sigint, &saved[0]);
    catch_signal(SIGTERM, on_stop, &saved[1]);
    catch_signal(SIGHUP, on_stop, &saved[2]);
    catch_signal(SIGTSTP, on_tstp, &saved[3]);

    static unsigned char buf[4096]; /* stdin read, not yet in the pipe */
    size_t blen = 0;
    int in_open = 1, rc = 0;
    sig_atomic_t seen = sigint_count;
    for (;;) { /* one QEMU run per board reset */
        pid_t pid = start_qemu(qargv, con[0]);
        if (pid < 0) {
            rc = die("fork failed", "");
            break;
        }
        int status = 0, intr_unsent = 0;
        long long t0 = now_ms(), intr_since = 0; /* a Ctrl-C not taken yet since */
        for (;;) {
            pid_t r = waitpid(pid, &status, WNOHANG);
            if (r == pid)
                break;
            if (stop_sig) {
                stop_qemu(pid);
                rc = -stop_sig;
                goto out;
            }
            if (tstp) { /* Ctrl-Z: stop QEMU with us, resume it with us */
                tstp = 0;
                long long t = now_ms();
                kill(pid, SIGSTOP);
                signal(SIGTSTP, SIG_DFL);
                raise(SIGTSTP);
                catch_signal(SIGTSTP, on_tstp, NULL);
                kill(pid, SIGCONT);
                t0 += now_ms() - t; /* stopped time is not the board's */
            }
            if (timeout_s && now_ms() - t0 >= timeout_s * 1000LL) {
                stop_qemu(pid);
                fprintf(stderr, "monty: board timed out after %d s\n", timeout_s);
                rc = 124;
                goto out;
            }
            long long now = now_ms();
            if (!intr_unsent && !pipe_unread(con[0]))
                intr_since = 0; /* the board took everything sent */
            while (seen != sigint_count) {
                seen++;
                if (intr_since && now - intr_since >= INTR_PATIENCE_MS) {
                    stop_qemu(pid);
                    fprintf(stderr, "\nmonty: the board does not take console input; "
                                    "stopped\n");
                    rc = -SIGINT;
                    goto out;
                }
                intr_unsent++;
            }
            /* Ctrl-C goes before queued input */
            while (intr_unsent && write(con[1], "\3", 1) == 1) {
                intr_unsent--;
                if (!intr_since)
                    intr_since = now;
            }
            /* the end of stdin reaches the board as byte 4 (as Ctrl-D on a
             * terminal), again whenever it has taken the last one, so that
             * every input() after the end raises EOFError as in CPython */
            if (!in_open && !blen && !intr_unsent && !pipe_unread(con[0]))
                buf[blen++] = 4;
            if (blen) {
                ssize_t k = write(con[1], buf, blen);
                if (k > 0) {
                    memmove(buf, buf + k, blen - (size_t)k);
                    blen -= (size_t)k;
                }
            }
            struct pollfd pf[2];
            int n = 0, in_idx = -1;
            if (in_open && blen < sizeof buf) {
                in_idx = n;
                pf[n++] = (struct pollfd){.fd = 0, .events = POLLIN};
            }
            if (blen || intr_unsent)
                pf[n++] = (struct pollfd){.fd = con[1], .events = POLLOUT};
            /* short: the child's exit and the clock are checked each round */
            if (poll(pf, (nfds_t)n, 10) > 0 && in_idx >= 0 && pf[in_idx].revents) {
                ssize_t k = read(0, buf + blen, sizeof buf - blen);
                /* at the end of input the pipe stays open, for Ctrl-C */
                if (k > 0)
                    blen += (size_t)k;
                else if (k == 0 && isatty(0))
                    buf[blen++] = 4; /* Ctrl-D: the end of this input only */
                else if (k == 0 || (errno != EINTR && errno != EAGAIN))
                    in_open = 0;
            }
        }
        if (WIFEXITED(status) && WEXITSTATUS(status) == QEMU_RESET_STATUS)
            continue; /* board reset: start again from the persisted flash */
        if (WIFEXITED(status))
            rc = WEXITSTATUS(status);
        else
            rc = die("qemu ended abnormally", "");
        break;
    }
out:
    close(con[0]);
    close(con[1]);
    sigaction(SIGINT, &saved[0], NULL);
    sigaction(SIGTERM, &saved[1], NULL);
    sigaction(SIGHUP, &saved[2], NULL);
    sigaction(SIGTSTP, &saved[3], NULL);
    return rc;
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
    return qemu_session(qargv, timeout_s);
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
    if (st < 0) { /* end by that signal, as the shell expects of a Ctrl-C */
        fflush(NULL);
        signal(-st, SIG_DFL);
        raise(-st);
        return 128 - st;
    }
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
