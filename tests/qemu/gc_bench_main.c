/*
 * gc_bench_main.c - bench/gc_bench.c on qemu: gc_bench_run with its clock
 * hook on the instruction count (qemu_rt.h), so each phase prints its
 * instructions when QEMU runs with -icount shift=0 (run_elf.sh -i).
 */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>

#include "qemu_rt.h"

extern uint32_t (*gc_bench_clock)(void);
int gc_bench_run(void (*out)(const char *fmt, ...));

static void out(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vprintf(fmt, ap);
    va_end(ap);
}

int main(void) {
    printf("gc_bench: Cortex-M3 on qemu mps2-an385; ticks are instructions under "
           "-icount shift=0 (SysTick cycles x %u, +-%u)\n",
           QEMU_INSNS_PER_CYCLE, QEMU_INSNS_PER_CYCLE);
    gc_bench_clock = qemu_insns;
    return gc_bench_run(out);
}
