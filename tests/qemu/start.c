/*
 * start.c - start-up of the test programs on qemu mps2-an385 (Cortex-M3):
 * reset, vector table, fault reports, the SysTick clock.
 *
 * Memory (link.ld): code and constants from 0 (4 MB SSRAM used as ROM);
 * the C stack, data and bss at 0x20000000 (4 MB SSRAM); the malloc heap in
 * the 16 MB PSRAM at 0x21000000.
 *
 * Stacks: main runs in thread mode on the process stack (PSP), which
 * starts at __stack_top and grows down to 0x20000000.  Exceptions run on
 * the main stack (MSP), a small area of its own after bss, so that the
 * fault handler still works when the process stack has overflowed.
 *
 * Guards (MPU, privileged default map elsewhere): QEMU reads unmapped
 * memory as zero and the first KB is the writable RAM the code is loaded
 * in, so two regions forbid every access where a bug would otherwise go
 * unnoticed:
 *   0x00000000..0x000003FF  null-pointer guard (only the two reset words
 *                           live there; the vector table is at 0x400)
 *   0x1FFF0000..0x1FFFFFFF  below the stack: stack-overflow guard
 * Division by zero traps too (CCR.DIV_0_TRP), as it would on a host.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "qemu_rt.h"

int main(void);
void __libc_init_array(void);
/* crti/crtn are not linked (-nostartfiles): newlib's init/fini array
 * walkers call these */
void _init(void);
void _fini(void);
void _init(void) {}
void _fini(void) {}

extern uint32_t __stack_top[], __handler_stack_top[];
extern uint32_t __data_load[], __data_start[], __data_end[], __bss_start[], __bss_end[];

/* ---- System Control Space registers ---- */
#define REG(a) (*(volatile uint32_t *)(a))
#define SYST_CSR REG(0xE000E010)
#define SYST_RVR REG(0xE000E014)
#define SYST_CVR REG(0xE000E018)
#define SCB_ICSR REG(0xE000ED04)
#define SCB_VTOR REG(0xE000ED08)
#define SCB_CCR REG(0xE000ED14)
#define SCB_CFSR REG(0xE000ED28)
#define SCB_HFSR REG(0xE000ED2C)
#define SCB_MMFAR REG(0xE000ED34)
#define SCB_BFAR REG(0xE000ED38)
#define MPU_CTRL REG(0xE000ED94)
#define MPU_RNR REG(0xE000ED98)
#define MPU_RBAR REG(0xE000ED9C)
#define MPU_RASR REG(0xE000EDA0)

#define ICSR_PENDSTSET (1u << 26)
#define SYST_RELOAD 0xFFFFFFu /* 24-bit counter, full range */
#define NULL_GUARD_END 0x400u
#define STACK_GUARD 0x1FFF0000u

/* ---- the clock ---- */

/* SysTick counts RELOAD, ..., 1, 0, RELOAD, ...: a period of 2^24 cycles.
 * The wrap interrupt pends on the step to 0, so 0 is read as the first
 * count of the next period (as if the counter ran PERIOD .. 1): then the
 * pending bit and the period change on the same cycle. */
#define PERIOD ((uint64_t)SYST_RELOAD + 1)

/* cycles of the periods completed and counted by the interrupt */
static volatile uint64_t systick_base;

static void systick_handler(void) { systick_base += PERIOD; }

uint64_t qemu_cycles(void) {
    uint32_t primask;
    __asm__ volatile("mrs %0, primask\n\tcpsid i" : "=r"(primask)::"memory");
    uint32_t v = SYST_CVR;
    uint64_t base = systick_base;
    /* a wrap not yet counted (interrupts are off): count it, and re-read
     * so that v belongs to the new period */
    if (SCB_ICSR & ICSR_PENDSTSET) {
        v = SYST_CVR;
        base += PERIOD;
    }
    __asm__ volatile("msr primask, %0" ::"r"(primask) : "memory");
    return base + (v ? PERIOD - v : 0);
}

uint32_t qemu_insns(void) { return (uint32_t)(qemu_cycles() * QEMU_INSNS_PER_CYCLE); }

/* ---- fault reports ---- */

static size_t put_str(char *p, const char *s) {
    size_t n = strlen(s);
    memcpy(p, s, n);
    return n;
}

static size_t put_hex(char *p, uint32_t v) {
    p[0] = '0';
    p[1] = 'x';
    for (int i = 0; i < 8; i++)
        p[2 + i] = "0123456789abcdef"[(v >> (28 - 4 * i)) & 15];
    return 10;
}

static const char *fault_text(uint32_t cfsr, uint32_t addr, int addr_valid) {
    if (cfsr & ((1u << 4) | (1u << 12))) /* MSTKERR, STKERR */
        return "stack overflow (exception entry could not stack)";
    if (addr_valid && addr >= STACK_GUARD && addr < 0x20000000u)
        return "stack overflow";
    if (addr_valid && addr < NULL_GUARD_END)
        return "null pointer access";
    if (cfsr & (1u << 25))
        return "integer division by zero";
    if (cfsr & (1u << 16)) /* UNDEFINSTR: __builtin_trap is an UDF */
        return "undefined instruction (a trap: __builtin_trap, a failed GC_ASSERT?)";
    if (cfsr & (1u << 24))
        return "unaligned access";
    if (cfsr & ((1u << 17) | (1u << 18)))
        return "bad branch target (INVSTATE/INVPC)";
    if (cfsr & (1u << 0))
        return "execution from a forbidden address";
    if (cfsr & (1u << 1))
        return "access to a forbidden address";
    if (cfsr & ((1u << 8) | (1u << 9) | (1u << 10)))
        return "bus error";
    return "fault";
}

/* frame: the stacked r0-r3, r12, lr, pc, xpsr (or nothing, if stacking
 * failed); exc_return: lr on entry */
__attribute__((used)) static void fault_report(const uint32_t *frame, uint32_t exc_return) {
    uint32_t cfsr = SCB_CFSR, hfsr = SCB_HFSR, exc = SCB_ICSR & 0x1FF;
    int mm_valid = (cfsr >> 7) & 1, bf_valid = (cfsr >> 15) & 1;
    uint32_t addr = mm_valid ? SCB_MMFAR : bf_valid ? SCB_BFAR : 0;
    char line[256];
    size_t n = put_str(line, "qemu: ");
    if (exc == 3 || (exc >= 4 && exc <= 6)) {
        n += put_str(line + n, fault_text(cfsr, addr, mm_valid || bf_valid));
    } else {
        n += put_str(line + n, "unexpected exception ");
        line[n++] = (char)('0' + exc / 10 % 10);
        line[n++] = (char)('0' + exc % 10);
    }
    /* the frame is readable only if it was stacked and lies in RAM */
    int stacked = !(cfsr & ((1u << 4) | (1u << 12))) && (uint32_t)frame >= 0x20000000u &&
                  (uint32_t)frame < 0x20400000u - 32;
    if (stacked) {
        n += put_str(line + n, " at pc ");
        n += put_hex(line + n, frame[6]);
        n += put_str(line + n, " (lr ");
        n += put_hex(line + n, frame[5]);
        line[n++] = ')';
    }
    if (mm_valid || bf_valid) {
        n += put_str(line + n, ", address ");
        n += put_hex(line + n, addr);
    }
    n += put_str(line + n, "; cfsr ");
    n += put_hex(line + n, cfsr);
    n += put_str(line + n, " hfsr ");
    n += put_hex(line + n, hfsr);
    n += put_str(line + n, exc_return & 4 ? " (thread)\n" : " (handler)\n");
    qemu_stderr(line, n);
    qemu_exit(139); /* as a shell reports a SIGSEGV */
}

/* Hands the stacked frame to fault_report.  Runs on MSP, which never
 * overflows: only this handler uses it. */
__attribute__((naked)) static void fault_handler(void) {
    __asm__ volatile("tst lr, #4\n\t"
                     "ite eq\n\t"
                     "mrseq r0, msp\n\t"
                     "mrsne r0, psp\n\t"
                     "mov r1, lr\n\t"
                     "b fault_report\n");
}

/* ---- reset ---- */

static void mpu_guard(uint32_t region, uint32_t base, uint32_t log2size) {
    MPU_RNR = region;
    MPU_RBAR = base;
    /* XN, AP=000 (no access at any privilege), SIZE=log2size-1, enabled */
    MPU_RASR = (1u << 28) | ((log2size - 1) << 1) | 1u;
}

static void (*const vectors[48])(void);

__attribute__((used, noreturn)) static void reset_c(void) {
    SCB_VTOR = (uint32_t)vectors;
    memcpy(__data_start, __data_load, (size_t)((char *)__data_end - (char *)__data_start));
    memset(__bss_start, 0, (size_t)((char *)__bss_end - (char *)__bss_start));
    mpu_guard(0, 0, 10);           /* 1 KB at 0 */
    mpu_guard(1, STACK_GUARD, 16); /* 64 KB below RAM */
    MPU_CTRL = (1u << 2) | 1u;     /* PRIVDEFENA | ENABLE */
    SCB_CCR |= 1u << 4;            /* DIV_0_TRP */
    __asm__ volatile("dsb\n\tisb" ::: "memory");
    SYST_RVR = SYST_RELOAD;
    SYST_CVR = 0;
    SYST_CSR = 7; /* core clock, wrap interrupt, enabled */
    __libc_init_array(); /* constructors, if a program has any */
    exit(main());
}

/* Entry from the reset vector, on MSP (the handler stack): moves thread
 * mode to PSP (the program's stack) before any C code runs. */
__attribute__((naked, noreturn)) void Reset_Handler(void) {
    __asm__ volatile("ldr r0, =__stack_top\n\t"
                     "msr psp, r0\n\t"
                     "movs r0, #2\n\t" /* CONTROL.SPSEL: thread mode uses PSP */
                     "msr control, r0\n\t"
                     "isb\n\t"
                     "b reset_c\n");
}

/* Read once at reset from address 0: initial MSP and the reset entry.
 * The rest of the first KB is the null guard. */
__attribute__((section(".reset"), used)) static void (*const reset_vector[2])(void) = {
    (void (*)(void))__handler_stack_top, Reset_Handler};

/* 16 system exceptions and the board's 32 interrupts (none enabled);
 * at 0x400, VTOR alignment 256 */
__attribute__((section(".vectors"), used)) static void (*const vectors[48])(void) = {
    [0] = (void (*)(void))__handler_stack_top,
    [1] = Reset_Handler,
    [2 ... 14] = fault_handler, /* NMI, HardFault, MemManage, BusFault, UsageFault, SVC, ... */
    [15] = systick_handler,
    [16 ... 47] = fault_handler,
};
