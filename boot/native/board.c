/*
 * board.c - the native board: the host program plays the microcontroller.
 * Console on stdout/stderr/stdin, ticks from the monotonic clock, flash
 * simulated in memory (or a file), devs loaded with dlopen so that it can
 * be replaced while core runs.  POSIX only (Linux and macOS).
 */
#include <dlfcn.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/select.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

#include "board.h"
#include "boot.h"
#include "flashsim.h"
#include "layout.h"
#include "native.h"

extern int boot_verbose;
int boot_main(int argc, char **argv);

/* core is linked into the host program: its header is the one symbol boot
 * knows, standing in for the core slot address of the flat-image boards */
extern const SegHeader core_segment;

static NativeOpts opts;
static void *pool;
static void *devs_handle;
static const SegHeader *devs_hdr;
static FlashSim flash; /* NOR rules, in memory or mapped from a file */
static int flash_ok;
static BootFlashInfo flash_info = {
    .base = FLASH_BASE, .size = FLASH_SIZE, .page_size = FLASH_PAGE, .prog_size = FLASH_PROG,
    .mrfs_addr = MRFS_ADDR, .mrfs_size = MRFS_SIZE,
};
/* Ctrl-C: SIGINT (a terminal sends it to the whole process group) is only
 * counted here; the VM polls board_interrupted() and raises
 * KeyboardInterrupt in the program.  Blocking waits (board_getc,
 * board_sleep_ms) wait with pselect so that a SIGINT ends them: SIGINT is
 * blocked while the count is checked and unblocked only inside pselect, so
 * one arriving between the check and the wait is not missed. */
static volatile sig_atomic_t sigint_count;
static char **saved_argv;

static void on_sigint(int sig) {
    (void)sig;
    sigint_count++;
}

/* blocks SIGINT, saving the previous mask in *old (for pselect) */
static void block_sigint(sigset_t *old) {
    sigset_t s;
    sigemptyset(&s);
    sigaddset(&s, SIGINT);
    sigprocmask(SIG_BLOCK, &s, old);
}

void board_init(void) {
    struct sigaction sa;
    sigaction(SIGINT, NULL, &sa);
    if (sa.sa_handler != SIG_IGN) { /* ignored (nohup, background job): stays so */
        memset(&sa, 0, sizeof sa);
        sa.sa_handler = on_sigint;
        sigemptyset(&sa.sa_mask);
        sigaction(SIGINT, &sa, NULL);
    }
    if (flash_ok)
        return;
    int rc;
    if (opts.flash_path) {
        /* an existing file keeps its contents (and size); else create one */
        int exists = access(opts.flash_path, F_OK) == 0;
        rc = flashsim_open(&flash, opts.flash_path, exists ? 0 : FLASH_SIZE, FLASH_PAGE,
                           FLASH_PROG);
        if (rc < 0)
            fprintf(stderr, "boot: cannot use flash file %s: %s\n", opts.flash_path,
                    strerror(errno));
    } else {
        rc = flashsim_init(&flash, FLASH_SIZE, FLASH_PAGE, FLASH_PROG);
    }
    flash_ok = rc == 0;
    flash_info.size = flash_ok ? flash.size : 0;
    flash_info.mrfs_size = flash_info.size;
}

static void write_all(int fd, const char *s, size_t n) {
    while (n) {
        ssize_t k = write(fd, s, n);
        if (k < 0) {
            if (errno == EINTR)
                continue;
            return;
        }
        s += k;
        n -= (size_t)k;
    }
}

void board_write(const char *s, size_t n) { write_all(1, s, n); }
void board_write_err(const char *s, size_t n) { write_all(2, s, n); }

/* blocks until a byte arrives; -1 when a Ctrl-C came first (the caller
 * polls board_interrupted), -2 at end of input */
int board_getc(void) {
    unsigned char c;
    for (;;) {
        sigset_t old;
        block_sigint(&old);
        int r = 0;
        if (!sigint_count) {
            fd_set rd;
            FD_ZERO(&rd);
            FD_SET(0, &rd);
            r = pselect(1, &rd, NULL, NULL, NULL, &old);
        }
        int err = errno;
        sigprocmask(SIG_SETMASK, &old, NULL);
        if (sigint_count)
            return -1;
        if (r < 0 && err == EINTR)
            continue; /* another signal */
        /* readable (data or end of input), or stdin is not selectable:
         * read() tells which */
        ssize_t k = read(0, &c, 1);
        if (k == 1)
            return c;
        if (k < 0 && errno == EINTR)
            continue;
        return -2; /* end of input */
    }
}

int board_interrupted(void) {
    if (!sigint_count)
        return 0;
    sigint_count--;
    return 1;
}

uint32_t board_ticks_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint32_t)(ts.tv_sec * 1000u + ts.tv_nsec / 1000000u);
}

uint32_t board_cycles(void) { return 0; }

/* sleeps ms milliseconds or until a Ctrl-C (the caller polls
 * board_interrupted); other signals (the watchdog's SIGALRM) do not end it */
void board_sleep_ms(uint32_t ms) {
    struct timespec end, now;
    clock_gettime(CLOCK_MONOTONIC, &end);
    end.tv_sec += ms / 1000;
    end.tv_nsec += (long)(ms % 1000) * 1000000L;
    if (end.tv_nsec >= 1000000000L) {
        end.tv_sec++;
        end.tv_nsec -= 1000000000L;
    }
    sigset_t old;
    block_sigint(&old);
    for (;;) {
        if (sigint_count)
            break;
        clock_gettime(CLOCK_MONOTONIC, &now);
        struct timespec left = {end.tv_sec - now.tv_sec, end.tv_nsec - now.tv_nsec};
        if (left.tv_nsec < 0) {
            left.tv_sec--;
            left.tv_nsec += 1000000000L;
        }
        if (left.tv_sec < 0)
            break;
        pselect(0, NULL, NULL, NULL, &left, &old);
    }
    sigprocmask(SIG_SETMASK, &old, NULL);
}

/* the watchdog: a real-time timer that ends the process unless kicked */
static uint32_t wdt_ms;
static void on_wdt(int sig) {
    (void)sig;
    static const char msg[] = "boot: watchdog timeout, reset\n";
    write_all(2, msg, sizeof msg - 1);
    _exit(3);
}
int board_wdt_start(uint32_t timeout_ms) {
    wdt_ms = timeout_ms;
    signal(SIGALRM, on_wdt);
    board_wdt_kick();
    return 0;
}
void board_wdt_kick(void) {
    if (!wdt_ms)
        return;
    struct itimerval it = {{0, 0}, {wdt_ms / 1000, (long)(wdt_ms % 1000) * 1000L}};
    setitimer(ITIMER_REAL, &it, NULL);
}

/* a reset restarts the host program with the same arguments */
void board_reset(void) {
    fflush(NULL);
    execv("/proc/self/exe", saved_argv);
    board_exit(4);
}

void board_exit(int status) {
    fflush(NULL);
    exit(status);
}

const BootFlashInfo *board_flash_info(void) { return &flash_info; }

const uint8_t *board_flash_mem(void) { return flash.mem; }

uint32_t board_time(void) { return (uint32_t)time(NULL); }

int board_flash_erase(uint32_t addr) {
    if (!flash_ok)
        return BOOT_EIO;
    return flashsim_erase(&flash, addr) < 0 ? BOOT_EIO : 0;
}

int board_flash_program(uint32_t addr, const void *src, uint32_t n) {
    if (!flash_ok)
        return BOOT_EIO;
    return flashsim_program(&flash, addr, src, n) < 0 ? BOOT_EIO : 0;
}

void board_ram_free(void **start, size_t *size) {
    if (!pool)
        pool = aligned_alloc(16, (opts.heap_size + 15) & ~(size_t)15);
    *start = pool;
    *size = pool ? opts.heap_size : 0;
}

void board_ranges(uint32_t *flo, uint32_t *fhi, uint32_t *rlo, uint32_t *rhi, uint32_t *top) {
    *flo = FLASH_BASE;
    *fhi = FLASH_BASE + flash_info.size;
    *rlo = 0;
    *rhi = (uint32_t)opts.heap_size;
    *top = 0;
}

const SegHeader *board_seg_header(int kind) {
    if (kind == SEG_CORE)
        return &core_segment;
    if (kind != SEG_DEVS || !opts.devs_path)
        return NULL;
    if (!devs_handle) {
        devs_handle = dlopen(opts.devs_path, RTLD_NOW | RTLD_LOCAL);
        if (!devs_handle) {
            fprintf(stderr, "boot: cannot load devs: %s\n", dlerror());
            return NULL;
        }
        devs_hdr = dlsym(devs_handle, "devs_segment");
    }
    return devs_hdr;
}

void board_seg_prepare(const SegHeader *h) { (void)h; /* the dynamic loader did it */ }

int board_seg_has_crc(void) { return 0; }

/* files read for core (the script, modules beside it); freed at exit */
static char *host_files[64];
static int n_host_files;

int board_host_file(const char *path, const char **data, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f)
        return BOOT_ENOENT;
    if (n_host_files == 64) {
        fclose(f);
        return BOOT_ENOSPC;
    }
    size_t cap = 4096, n = 0;
    char *buf = malloc(cap + 1);
    size_t k;
    while (buf && (k = fread(buf + n, 1, cap - n, f)) > 0) {
        n += k;
        if (n == cap) {
            char *nb = realloc(buf, cap * 2 + 1);
            if (!nb) {
                free(buf);
                buf = NULL;
                break;
            }
            buf = nb;
            cap *= 2;
        }
    }
    fclose(f);
    if (!buf)
        return BOOT_ENOSPC;
    buf[n] = 0;
    host_files[n_host_files++] = buf;
    *data = buf;
    *len = n;
    return 0;
}

int board_devs_replace(const char *source, char *why, size_t whylen) {
    if (access(source, R_OK) != 0) {
        snprintf(why, whylen, "no such file");
        return BOOT_ENOENT;
    }
    if (devs_handle)
        dlclose(devs_handle);
    devs_handle = NULL;
    devs_hdr = NULL;
    opts.devs_path = source;
    return 0;
}

int native_boot(const NativeOpts *o, int argc, char **argv) {
    opts = *o;
    if (!opts.heap_size)
        opts.heap_size = DEFAULT_HEAP;
    boot_verbose = opts.verbose;
    saved_argv = o->host_argv;
    board_init();
    int st = boot_main(argc, argv);
    if (devs_handle)
        dlclose(devs_handle);
    free(pool);
    if (flash_ok)
        flashsim_close(&flash);
    flash_ok = 0;
    while (n_host_files)
        free(host_files[--n_host_files]);
    return st;
}
