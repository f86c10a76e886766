/* vm_testhost.h - a boot table for unit tests that run the VM in-process:
 * stdout and stderr go to buffers (out/err), no console input, Ctrl-C on
 * the interrupt_after-th poll (0: never), time stands still.  Included by
 * one test file each (everything is static). */
#ifndef MONTY_VM_TESTHOST_H
#define MONTY_VM_TESTHOST_H
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "boot.h"

static char out[8192], err[8192];
static size_t nout, nerr;
static int interrupt_after; /* interrupted() returns 1 on this call */

static inline void w_out(const char *s, size_t n) {
    if (nout + n < sizeof out) memcpy(out + nout, s, n), nout += n;
    out[nout] = 0;
}
static inline void w_err(const char *s, size_t n) {
    if (nerr + n < sizeof err) memcpy(err + nerr, s, n), nerr += n;
    err[nerr] = 0;
}
static inline void fake_printf(const char *fmt, ...) {
    char buf[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    w_err(buf, n < 0 ? 0 : (size_t)n);
}
static inline int fake_getc(void) { return -1; }
static inline int fake_interrupted(void) { return interrupt_after > 0 && --interrupt_after == 0; }
static inline uint32_t fake_ticks(void) { return 0; }
static inline void fake_delay(uint32_t ms) { (void)ms; }

static const BootApi boot = {
    .write = w_out, .write_err = w_err, .getc = fake_getc, .printf = fake_printf, .log = fake_printf,
    .interrupted = fake_interrupted, .ticks_ms = fake_ticks, .delay_ms = fake_delay,
};

/* the last non-empty line of the error stream */
static inline const char *last_err_line(void) {
    static char line[256];
    size_t end = nerr;
    while (end && err[end - 1] == '\n') end--;
    size_t start = end;
    while (start && err[start - 1] != '\n') start--;
    size_t n = end - start < sizeof line - 1 ? end - start : sizeof line - 1;
    memcpy(line, err + start, n);
    line[n] = 0;
    return line;
}
#endif
