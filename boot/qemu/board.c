/*
 * board.c - the qemu board: Cortex-M3 on QEMU's mps2-an385.
 *
 *   flash   the 4 MB SSRAM at 0, used with NOR rules (layout.h)
 *   console CMSDK APB UART0 at 0x40004000 (stdout; input by RX interrupt,
 *           byte 3 = Ctrl-C), semihosting (stderr)
 *   ticks   SysTick at 1 kHz from the 25 MHz core clock
 *   exit    semihosting SYS_EXIT_EXTENDED, so QEMU exits with the status
 *   flash persistence: when started with `flash=PATH` on the semihosting
 *   command line, every erase and program is also written to PATH on the
 *   host, and a board reset exits QEMU with status BOARD_RESET_STATUS so
 *   that the host tool restarts it from that file (docs/segments.md).
 */
#include <stdint.h>
#include <string.h>

#include "board.h"
#include "boot.h"
#include "layout.h"

#define BOARD_RESET_STATUS 125

extern int boot_verbose;
int boot_main(int argc, char **argv);
void boot_printf(const char *fmt, ...);
extern char __data_load[], __data_start[], __data_end[], __bss_start[], __bss_end[];
extern char __stack_top[];

/* ---- semihosting -------------------------------------------------------- */

static int semi(int op, const void *arg) {
    register int r0 __asm__("r0") = op;
    register const void *r1 __asm__("r1") = arg;
    __asm__ volatile("bkpt 0xAB" : "+r"(r0) : "r"(r1) : "memory");
    return r0;
}

enum { SYS_OPEN = 1, SYS_WRITE = 5, SYS_SEEK = 10, SYS_GET_CMDLINE = 0x15, SYS_EXIT_EXT = 0x20 };

static int semi_open(const char *name, int mode) {
    uint32_t a[3] = {(uint32_t)name, (uint32_t)mode, (uint32_t)strlen(name)};
    return semi(SYS_OPEN, a);
}

static int semi_write(int fd, const void *p, uint32_t n) {
    uint32_t a[3] = {(uint32_t)fd, (uint32_t)p, n};
    return semi(SYS_WRITE, a);
}

/* ---- UART0 -------------------------------------------------------------- */

/*
 * RX by interrupt into a ring buffer, so that a Ctrl-C (byte 3) is seen as
 * soon as it arrives, whatever the program is doing: the ISR counts it and
 * does not store it.  When the ring is full the ISR leaves the byte in the
 * UART: QEMU then holds further input back (no loss, unlike real hardware),
 * and board_getc resumes reception once it has made room.  A Ctrl-C behind
 * a full ring is therefore seen only once the program reads its input.
 */
#define UART0 ((volatile uint32_t *)0x40004000)
enum { U_DATA = 0, U_STATE = 1, U_CTRL = 2, U_INTSTATUS = 3, U_BAUDDIV = 4 };
enum { ST_TXFULL = 1, ST_RXFULL = 2, INT_RX = 2 };
#define U_CTRL_ON 0xB /* TX and RX enabled, RX interrupt */
#define UART0_RX_IRQ 0 /* mps2-an385: UART0 RX is IRQ 0, TX IRQ 1 */
#define NVIC_ISER0 (*(volatile uint32_t *)0xE000E100)
#define RX_SIZE 256u /* power of two */

void board_write(const char *s, size_t n) {
    while (n--) {
        while (UART0[U_STATE] & ST_TXFULL)
            ;
        UART0[U_DATA] = (uint8_t)*s++;
    }
}

static int err_fd = -1;
void board_write_err(const char *s, size_t n) {
    if (err_fd >= 0)
        semi_write(err_fd, s, n);
    else
        board_write(s, n);
}

/* single producer (rx_drain, with the RX interrupt unable to preempt it)
 * writes head, single consumer (board_getc) writes tail */
static volatile uint8_t rx_buf[RX_SIZE];
static volatile uint32_t rx_head, rx_tail;
static volatile uint8_t rx_stalled; /* ring was full: a byte waits in the UART */
/* Ctrl-C: counted in seen by rx_drain, in taken by board_interrupted */
static volatile uint32_t ctrl_c_seen, ctrl_c_taken;

/* moves received bytes into the ring; runs in the ISR or with interrupts
 * masked */
static void rx_drain(void) {
    while (UART0[U_STATE] & ST_RXFULL) {
        if (rx_head - rx_tail >= RX_SIZE) {
            rx_stalled = 1;
            return;
        }
        uint8_t c = (uint8_t)UART0[U_DATA];
        if (c == 3) {
            ctrl_c_seen++;
        } else {
            rx_buf[rx_head % RX_SIZE] = c;
            rx_head++;
        }
    }
}

static void UART0_RX_Handler(void) {
    /* the RX status bit is a level QEMU sets on each byte: clear it before
     * draining, so that a byte arriving meanwhile raises it again */
    UART0[U_INTSTATUS] = INT_RX;
    rx_drain();
}

int board_getc(void) {
    if (rx_tail == rx_head)
        return -1;
    int c = rx_buf[rx_tail % RX_SIZE];
    rx_tail++;
    if (c == 4)
        c = -2; /* Ctrl-D (the host tool's end of stdin): end of input */
    if (rx_stalled) {
        /* no interrupt will come for the byte left in the UART */
        uint32_t primask;
        __asm__ volatile("mrs %0, primask\n\tcpsid i" : "=r"(primask)::"memory");
        rx_stalled = 0;
        rx_drain();
        __asm__ volatile("msr primask, %0" ::"r"(primask) : "memory");
    }
    return c;
}

int board_interrupted(void) {
    if (ctrl_c_taken == ctrl_c_seen)
        return 0;
    ctrl_c_taken++;
    return 1;
}

/* ---- SysTick ------------------------------------------------------------ */

#define SYST ((volatile uint32_t *)0xE000E010)
#define CORE_HZ 25000000u
static volatile uint32_t ms_ticks;

static uint32_t wdt_timeout, wdt_last;

void SysTick_Handler(void) {
    ms_ticks++;
    if (wdt_timeout && ms_ticks - wdt_last > wdt_timeout) {
        static const char msg[] = "\nboot: watchdog timeout, reset\n";
        board_write(msg, sizeof msg - 1);
        board_reset();
    }
}

uint32_t board_ticks_ms(void) { return ms_ticks; }

uint32_t board_cycles(void) {
    uint32_t ms, val;
    do {
        ms = ms_ticks;
        val = SYST[2];
    } while (ms != ms_ticks); /* a tick between the two reads: again */
    return ms * (CORE_HZ / 1000) + (CORE_HZ / 1000 - 1 - val);
}

/* WFI wakes on the next tick or received byte; a Ctrl-C ends the sleep
 * (the caller polls board_interrupted) */
void board_sleep_ms(uint32_t ms) {
    uint32_t t0 = ms_ticks;
    while (ms_ticks - t0 < ms && ctrl_c_seen == ctrl_c_taken)
        __asm__ volatile("wfi");
}

/* no watchdog device on mps2-an385: a SysTick-driven software watchdog */
int board_wdt_start(uint32_t timeout_ms) {
    wdt_timeout = timeout_ms;
    wdt_last = ms_ticks;
    return 0;
}
void board_wdt_kick(void) { wdt_last = ms_ticks; }

void board_exit(int status) {
    uint32_t a[2] = {0x20026 /* ADP_Stopped_ApplicationExit */, (uint32_t)status};
    for (;;)
        semi(SYS_EXIT_EXT, a);
}

void board_reset(void) { board_exit(BOARD_RESET_STATUS); }

/* ---- flash -------------------------------------------------------------- */

static const BootFlashInfo flash_info = {
    .base = FLASH_BASE, .size = FLASH_SIZE, .page_size = FLASH_PAGE, .prog_size = FLASH_PROG,
    .boot_addr = BOOT_ADDR, .boot_size = BOOT_SIZE, .core_addr = CORE_ADDR,
    .core_size = CORE_SIZE, .devs_addr = DEVS_ADDR, .devs_size = DEVS_SIZE,
    .mrfs_addr = MRFS_ADDR, .mrfs_size = MRFS_SIZE,
};
static int flash_fd = -1; /* host file the flash persists to */

const BootFlashInfo *board_flash_info(void) { return &flash_info; }

const uint8_t *board_flash_mem(void) { return (const uint8_t *)FLASH_BASE; }

/* the host's clock through semihosting SYS_TIME */
uint32_t board_time(void) { return (uint32_t)semi(0x11, 0); }

static void persist(uint32_t addr, uint32_t n) {
    if (flash_fd < 0)
        return;
    uint32_t seek[2] = {(uint32_t)flash_fd, addr - FLASH_BASE};
    semi(SYS_SEEK, seek);
    semi_write(flash_fd, (const void *)addr, n);
}

int board_flash_erase(uint32_t addr) {
    if (addr % FLASH_PAGE || addr - FLASH_BASE >= FLASH_SIZE)
        return BOOT_EINVAL;
    if (addr < BOOT_ADDR + BOOT_SIZE)
        return BOOT_EINVAL; /* boot never erases itself */
    memset((void *)addr, 0xFF, FLASH_PAGE);
    persist(addr, FLASH_PAGE);
    return 0;
}

int board_flash_program(uint32_t addr, const void *src, uint32_t n) {
    if (addr % FLASH_PROG || n % FLASH_PROG || addr < BOOT_ADDR + BOOT_SIZE ||
        addr >= FLASH_BASE + FLASH_SIZE || n > FLASH_BASE + FLASH_SIZE - addr)
        return BOOT_EINVAL;
    uint8_t *d = (uint8_t *)addr;
    const uint8_t *s = src;
    /* NOR with ECC (as STM32L4): each program unit only once per erase */
    for (uint32_t i = 0; i < n; i += FLASH_PROG)
        for (uint32_t k = 0; k < FLASH_PROG; k++)
            if (d[i + k] != 0xFF)
                return BOOT_EIO;
    for (uint32_t i = 0; i < n; i++)
        d[i] = s[i];
    persist(addr, n);
    return 0;
}

void board_ram_free(void **start, size_t *size) {
    *start = (void *)POOL_ADDR;
    *size = POOL_END - POOL_ADDR;
}

void board_ranges(uint32_t *flo, uint32_t *fhi, uint32_t *rlo, uint32_t *rhi, uint32_t *top) {
    extern char __seg_end[];
    *flo = BOOT_ADDR;
    *fhi = (uint32_t)__seg_end;
    *rlo = BOOT_RAM;
    *rhi = (uint32_t)__bss_end;
    *top = (uint32_t)__stack_top;
}

/* ---- segments ----------------------------------------------------------- */

const SegHeader *board_seg_header(int kind) {
    if (kind == SEG_CORE)
        return (const SegHeader *)CORE_ADDR;
    if (kind == SEG_DEVS)
        return (const SegHeader *)DEVS_ADDR;
    return NULL;
}

int board_seg_has_crc(void) { return 1; }

int board_host_file(const char *path, const char **data, size_t *len) {
    (void)path;
    (void)data;
    (void)len;
    return BOOT_ENOTSUP;
}

void board_seg_prepare(const SegHeader *h) {
    if (h->data_end > h->data_start)
        memcpy((void *)h->data_start, (const void *)h->data_load, h->data_end - h->data_start);
    if (h->bss_end > h->data_end)
        memset((void *)h->data_end, 0, h->bss_end - h->data_end);
}

int board_devs_replace(const char *source, char *why, size_t whylen) {
    (void)source;
    strncpy(why, "MRFS not available yet", whylen);
    return BOOT_ENOTSUP;
}

/* ---- start-up ----------------------------------------------------------- */

static char cmdline[256];
static char *argv_buf[16];

static int parse_cmdline(void) {
    uint32_t blk[2] = {(uint32_t)cmdline, sizeof cmdline - 1};
    if (semi(SYS_GET_CMDLINE, blk) != 0)
        return 0;
    int argc = 0;
    char *p = cmdline;
    while (*p && argc < 15) {
        while (*p == ' ')
            *p++ = 0;
        if (!*p)
            break;
        argv_buf[argc++] = p;
        while (*p && *p != ' ')
            p++;
    }
    argv_buf[argc] = 0;
    return argc;
}

void board_init(void) {
    UART0[U_BAUDDIV] = 16;
    UART0[U_CTRL] = U_CTRL_ON;
    NVIC_ISER0 = 1u << UART0_RX_IRQ;
    SYST[0] = 7; /* core clock, interrupt, enable (reload set at reset) */
}

void Reset_Handler(void) {
    /* SysTick first, so that board_cycles() counts from reset */
    SYST[1] = CORE_HZ / 1000 - 1;
    SYST[2] = 0;
    SYST[0] = 5; /* core clock, enabled, no interrupt until .bss is clear */
    memcpy(__data_start, __data_load, __data_end - __data_start);
    memset(__bss_start, 0, __bss_end - __bss_start);
    board_init();
    /* the host tool passes options before "--", then the program's argv:
     *   -q (no life-cycle log)  flash=PATH (persist flash to PATH) */
    int argc = parse_cmdline(), first = 0;
    for (int i = 0; i < argc; i++) {
        if (!strcmp(argv_buf[i], "--")) {
            first = i + 1;
            break;
        }
        if (!strcmp(argv_buf[i], "-q"))
            boot_verbose = 0;
        else if (!strncmp(argv_buf[i], "flash=", 6))
            flash_fd = semi_open(argv_buf[i] + 6, 3 /* "r+b" */);
        else if (!strcmp(argv_buf[i], "stderr"))
            err_fd = semi_open(":tt", 8 /* "a": stderr */);
    }
    int st = boot_main(argc - first, argv_buf + first);
    board_exit(st);
}

static void Fault_Handler(void) {
    static const char msg[] = "\nboot: hard fault\n";
    board_write(msg, sizeof msg - 1);
    board_exit(2);
}

static void Default_Handler(void) {
    for (;;)
        ;
}

/* boot's own header, after the vector table (found by `monty seg info`) */
static int boot_self_init(const struct BootApi *b, const void *c) {
    (void)b;
    (void)c;
    return 0;
}
const SegHeader boot_segment SEG_SECTION = {
    SEG_LINK_FIELDS,
    .magic = SEG_MAGIC,
    .kind = SEG_BOOT,
    .hdr_size = sizeof(SegHeader),
    .abi_boot = ABI_VERSION(BOOT_ABI_MAJOR, BOOT_ABI_MINOR),
    .build_id = BUILD_ID,
    .init = boot_self_init,
};

__attribute__((section(".vectors"), used)) static void (*const vectors[48])(void) = {
    (void (*)(void))__stack_top,
    Reset_Handler,
    Fault_Handler, /* NMI */
    Fault_Handler, /* HardFault */
    Fault_Handler, /* MemManage */
    Fault_Handler, /* BusFault */
    Fault_Handler, /* UsageFault */
    0, 0, 0, 0,
    Default_Handler, /* SVC */
    Default_Handler, /* DebugMon */
    0,
    Default_Handler, /* PendSV */
    SysTick_Handler,
    UART0_RX_Handler, /* IRQ 0 */
};
