/*
 * semihost.c - newlib's system calls for the test programs on qemu, over
 * Arm semihosting (QEMU: -semihosting-config enable=on,target=native).
 *
 * stdin/stdout/stderr are the host's (semihosting ":tt" opened for read,
 * write and append); other files do not exist (no test may depend on the
 * host file system).  exit status goes back as QEMU's exit status
 * (SYS_EXIT_EXTENDED).  The heap is the PSRAM (link.ld: __heap_start,
 * __heap_end); clock() and gettimeofday() run on the SysTick cycle count.
 */
#include <errno.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/times.h>
#include <time.h>

#include "qemu_rt.h"

#undef errno
extern int errno;

/* semihosting operations */
#define SYS_OPEN 0x01
#define SYS_WRITE 0x05
#define SYS_READ 0x06
#define SYS_EXIT_EXTENDED 0x20
#define ADP_STOPPED_APPLICATION_EXIT 0x20026

static int semihost(int op, const void *arg) {
    register int r0 __asm__("r0") = op;
    register const void *r1 __asm__("r1") = arg;
    __asm__ volatile("bkpt 0xab" : "+r"(r0) : "r"(r1) : "memory");
    return r0;
}

/* host handles of fds 0..2 plus one, opened on first use (0: not yet,
 * -1: failed) */
static int handle[3];

static int host_handle(int fd) {
    if (fd < 0 || fd > 2)
        return -1;
    if (!handle[fd]) {
        /* ":tt" opened for read is stdin, for write stdout, for append stderr */
        static const uint32_t mode[3] = {0, 4, 8};
        uint32_t arg[3] = {(uint32_t)":tt", mode[fd], 3};
        int h = semihost(SYS_OPEN, arg);
        handle[fd] = h < 0 ? -1 : h + 1;
    }
    return handle[fd] > 0 ? handle[fd] - 1 : -1;
}

void qemu_stderr(const char *s, size_t n) {
    int h = host_handle(2);
    if (h >= 0) {
        uint32_t arg[3] = {(uint32_t)h, (uint32_t)s, n};
        semihost(SYS_WRITE, arg);
    }
}

_Noreturn void qemu_exit(int status) {
    uint32_t arg[2] = {ADP_STOPPED_APPLICATION_EXIT, (uint32_t)status};
    for (;;)
        semihost(SYS_EXIT_EXTENDED, arg);
}

/* ---- newlib system calls (the reentrant wrappers call these) ---- */

int _write(int fd, const void *buf, size_t n);
int _read(int fd, void *buf, size_t n);
int _open(const char *path, int flags, ...);
int _close(int fd);
int _lseek(int fd, int off, int whence);
int _fstat(int fd, struct stat *st);
int _isatty(int fd);
void *_sbrk(ptrdiff_t incr);
_Noreturn void _exit(int status);
int _kill(int pid, int sig);
int _getpid(void);
clock_t _times(struct tms *t);
int _gettimeofday(struct timeval *tv, void *tz);
int _unlink(const char *path);
int _link(const char *old, const char *new);
int _stat(const char *path, struct stat *st);

int _write(int fd, const void *buf, size_t n) {
    int h = fd == 1 || fd == 2 ? host_handle(fd) : -1;
    if (h < 0) {
        errno = EBADF;
        return -1;
    }
    uint32_t arg[3] = {(uint32_t)h, (uint32_t)buf, n};
    int left = semihost(SYS_WRITE, arg); /* bytes not written */
    if (left < 0 || (size_t)left > n) {
        errno = EIO;
        return -1;
    }
    return (int)(n - (size_t)left);
}

int _read(int fd, void *buf, size_t n) {
    int h = fd == 0 ? host_handle(0) : -1;
    if (h < 0) {
        errno = EBADF;
        return -1;
    }
    uint32_t arg[3] = {(uint32_t)h, (uint32_t)buf, n};
    int left = semihost(SYS_READ, arg); /* bytes not read; n at end of file */
    if (left < 0 || (size_t)left > n) {
        errno = EIO;
        return -1;
    }
    return (int)(n - (size_t)left);
}

/* no host file system */
int _open(const char *path, int flags, ...) {
    (void)path;
    (void)flags;
    errno = ENOSYS;
    return -1;
}
int _unlink(const char *path) {
    (void)path;
    errno = ENOSYS;
    return -1;
}
int _link(const char *old, const char *new) {
    (void)old;
    (void)new;
    errno = ENOSYS;
    return -1;
}
int _stat(const char *path, struct stat *st) {
    (void)path;
    (void)st;
    errno = ENOSYS;
    return -1;
}

int _close(int fd) {
    if (fd < 0 || fd > 2) {
        errno = EBADF;
        return -1;
    }
    return 0;
}

int _lseek(int fd, int off, int whence) {
    (void)fd;
    (void)off;
    (void)whence;
    errno = ESPIPE;
    return -1;
}

int _fstat(int fd, struct stat *st) {
    if (fd < 0 || fd > 2) {
        errno = EBADF;
        return -1;
    }
    memset(st, 0, sizeof *st);
    st->st_mode = S_IFCHR; /* a terminal: stdio line-buffers stdout */
    return 0;
}

int _isatty(int fd) {
    if (fd >= 0 && fd <= 2)
        return 1;
    errno = EBADF;
    return 0;
}

extern char __heap_start[], __heap_end[];

void *_sbrk(ptrdiff_t incr) {
    static char *brk = __heap_start;
    if (incr > __heap_end - brk || incr < __heap_start - brk) {
        errno = ENOMEM;
        return (void *)-1;
    }
    char *old = brk;
    brk += incr;
    return old;
}

_Noreturn void _exit(int status) { qemu_exit(status); }

/* raise() without a handler (abort: SIGABRT) ends the program as a shell
 * would report it */
int _kill(int pid, int sig) {
    static const char msg[] = "qemu: killed by signal ";
    char line[sizeof msg + 4];
    memcpy(line, msg, sizeof msg - 1);
    size_t n = sizeof msg - 1;
    if (sig >= 10)
        line[n++] = (char)('0' + sig / 10 % 10);
    line[n++] = (char)('0' + sig % 10);
    line[n++] = '\n';
    (void)pid;
    fflush(stdout);
    qemu_stderr(line, n);
    qemu_exit(128 + sig);
}

int _getpid(void) { return 1; }

clock_t _times(struct tms *t) {
    clock_t c = (clock_t)(qemu_cycles() / (QEMU_CORE_HZ / CLOCKS_PER_SEC));
    if (t) {
        t->tms_utime = c;
        t->tms_stime = t->tms_cutime = t->tms_cstime = 0;
    }
    return c;
}

/* time since reset, not since the epoch */
int _gettimeofday(struct timeval *tv, void *tz) {
    (void)tz;
    if (tv) {
        uint64_t us = qemu_cycles() / (QEMU_CORE_HZ / 1000000u);
        tv->tv_sec = (time_t)(us / 1000000u);
        tv->tv_usec = (suseconds_t)(us % 1000000u);
    }
    return 0;
}

/* ---- host facilities the board lacks (shim/sys/mman.h) ---- */

void *mmap(void *addr, size_t len, int prot, int flags, int fd, off_t off) {
    (void)addr;
    (void)len;
    (void)prot;
    (void)flags;
    (void)fd;
    (void)off;
    errno = ENOSYS;
    return MAP_FAILED;
}

int munmap(void *addr, size_t len) {
    (void)addr;
    (void)len;
    errno = ENOSYS;
    return -1;
}

int msync(void *addr, size_t len, int flags) {
    (void)addr;
    (void)len;
    (void)flags;
    errno = ENOSYS;
    return -1;
}
