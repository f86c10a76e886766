/*
 * qemu_rt.h - run-time of the bare-metal test and benchmark programs on
 * qemu mps2-an385 (tests/qemu/README.md).  Host-side test code only: the
 * firmware has its own board code in boot/qemu/.
 *
 * A program is an ordinary hosted C program (main, printf, malloc, exit)
 * linked with start.c (vectors, reset, faults, SysTick) and semihost.c
 * (newlib's system calls over Arm semihosting).  main's return value is
 * QEMU's exit status (run_elf.sh passes it on); abort() exits 134, a
 * fault prints one line to stderr and exits 139.
 */
#ifndef QEMU_RT_H
#define QEMU_RT_H

#include <stddef.h>
#include <stdint.h>

/* mps2-an385: the Cortex-M3 and its SysTick run at 25 MHz. */
#define QEMU_CORE_HZ 25000000u
/* With -icount shift=0 QEMU advances virtual time by 1 ns per guest
 * instruction, so one 40 ns core cycle (one SysTick count) stands for
 * exactly 40 instructions.  Without -icount the clock follows host time. */
#define QEMU_INSNS_PER_CYCLE 40u

/* Core cycles since reset (SysTick, extended to 64 bits by its wrap
 * interrupt).  Monotonic; interrupts are masked for a few instructions. */
uint64_t qemu_cycles(void);

/* Instructions since reset, truncated to 32 bits (wraps after ~4.3e9):
 * qemu_cycles() * 40.  Meaningful only under -icount shift=0; resolution
 * 40 instructions.  Fits hooks such as gc_bench_clock. */
uint32_t qemu_insns(void);

/* Writes n bytes to the host's stderr, bypassing stdio (safe in a fault). */
void qemu_stderr(const char *s, size_t n);

/* Ends QEMU with this exit status (semihosting SYS_EXIT_EXTENDED), without
 * flushing stdio; exit() flushes and then comes here. */
_Noreturn void qemu_exit(int status);

#endif
