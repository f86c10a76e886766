/*
 * board.c - the stm32l4 board: STM32L432KC, as on the NUCLEO-L432KC.
 * Register level, no vendor HAL or CMSIS: the few registers used are
 * defined below, each group with the RM0394 (Rev 4) section it comes from.
 * Built and size-checked in CI, never run there: see docs/boards.md.
 *
 *   clock   MSI 4 MHz (reset) -> PLL -> 80 MHz SYSCLK, 4 flash wait states;
 *           stays on MSI 4 MHz if the PLL does not lock
 *   console USART2, 115200 8N1, TX PA2 (AF7), RX PA15 (AF3): the Nucleo-32's
 *           ST-LINK virtual COM port.  RX by interrupt into a ring buffer
 *           (Ctrl-C counted there), TX polled, "\n" sent as "\r\n"
 *   ticks   SysTick at 1 kHz; time lost while flash stalls the CPU is
 *           added back from the DWT cycle counter
 *   flash   2 KB page erase, 64-bit programming, each double word once
 *   wdt     IWDG from the 32 kHz LSI (cannot be stopped once started)
 *   sleep   WFI (Sleep mode) until the next tick
 *   exit    no host: print the status, sleep until a byte arrives, reset
 */
#include <stdint.h>
#include <string.h>

#include "board.h"
#include "boot.h"
#include "layout.h"

int boot_main(int argc, char **argv);
void boot_printf(const char *fmt, ...);
extern char __data_load[], __data_start[], __data_end[], __bss_start[], __bss_end[];
extern char __stack_top[];

#define REG(addr) (*(volatile uint32_t *)(addr))

/* ---- registers ----------------------------------------------------------- */

/* Cortex-M4 core peripherals (PM0214 "Core peripherals"; ARMv7-M ARM) */
#define SYST_CSR REG(0xE000E010)   /* SysTick control and status */
#define SYST_RVR REG(0xE000E014)   /* reload value */
#define SYST_CVR REG(0xE000E018)   /* current value */
#define NVIC_ISER1 REG(0xE000E104) /* set-enable, IRQs 32..63 */
#define SCB_ICSR REG(0xE000ED04)
#define SCB_VTOR REG(0xE000ED08)
#define SCB_AIRCR REG(0xE000ED0C)
#define SCB_CPACR REG(0xE000ED88)
#define DEMCR REG(0xE000EDFC)      /* debug exception and monitor control */
#define DWT_CTRL REG(0xE0001000)
#define DWT_CYCCNT REG(0xE0001004)
#define ICSR_PENDSTCLR (1u << 25)
#define AIRCR_VECTKEY 0x05FA0000u
#define AIRCR_PRIGROUP (7u << 8)
#define AIRCR_SYSRESETREQ (1u << 2)
#define DEMCR_TRCENA (1u << 24)
#define DWT_CYCCNTENA 1u

/* RCC: RM0394 "Reset and clock control (RCC)" > "RCC registers" */
#define RCC 0x40021000u
#define RCC_CR REG(RCC + 0x00)
#define RCC_CFGR REG(RCC + 0x08)
#define RCC_PLLCFGR REG(RCC + 0x0C)
#define RCC_AHB2ENR REG(RCC + 0x4C)
#define RCC_APB1ENR1 REG(RCC + 0x58)
#define RCC_CCIPR REG(RCC + 0x88)
#define RCC_CSR REG(RCC + 0x94)
#define CR_PLLON (1u << 24)
#define CR_PLLRDY (1u << 25)
#define CFGR_SW_MASK 3u
#define CFGR_SW_PLL 3u
#define CFGR_SWS_MASK (3u << 2)
#define CFGR_SWS_PLL (3u << 2)
#define PLLCFGR_SRC_MSI 1u /* PLLSRC[1:0] = 01 */
#define PLLCFGR_M_SHIFT 4  /* PLLM[2:0]: divide by PLLM+1 */
#define PLLCFGR_N_SHIFT 8  /* PLLN[6:0]: 8..86 */
#define PLLCFGR_REN (1u << 24)
#define PLLCFGR_R_SHIFT 25 /* PLLR[1:0]: 00 = /2 */
#define AHB2ENR_GPIOAEN (1u << 0)
#define APB1ENR1_USART2EN (1u << 17)
#define CCIPR_USART2SEL_MASK (3u << 2) /* 00 = PCLK1 */
#define CSR_RMVF (1u << 23)
#define CSR_IWDGRSTF (1u << 29)
#define CSR_WWDGRSTF (1u << 30)
#define CSR_LPWRRSTF (1u << 31)

/* FLASH: RM0394 "Embedded flash memory (FLASH)" > "FLASH registers" */
#define FLASH_R 0x40022000u
#define FLASH_ACR REG(FLASH_R + 0x00)
#define FLASH_KEYR REG(FLASH_R + 0x08)
#define FLASH_SR REG(FLASH_R + 0x10)
#define FLASH_CR REG(FLASH_R + 0x14)
#define FLASH_ECCR REG(FLASH_R + 0x18)
#define ACR_LATENCY_MASK 7u
#define ACR_PRFTEN (1u << 8)
#define ACR_ICEN (1u << 9)
#define ACR_DCEN (1u << 10)
#define ACR_ICRST (1u << 11)
#define ACR_DCRST (1u << 12)
#define KEYR_KEY1 0x45670123u
#define KEYR_KEY2 0xCDEF89ABu
#define SR_EOP (1u << 0)
#define SR_OPERR (1u << 1)
#define SR_PROGERR (1u << 3)
#define SR_WRPERR (1u << 4)
#define SR_PGAERR (1u << 5)
#define SR_SIZERR (1u << 6)
#define SR_PGSERR (1u << 7)
#define SR_MISSERR (1u << 8)
#define SR_FASTERR (1u << 9)
#define SR_RDERR (1u << 14)
#define SR_OPTVERR (1u << 15)
#define SR_BSY (1u << 16)
/* errors that mean a program/erase failed */
#define SR_OP_ERRORS (SR_OPERR | SR_PROGERR | SR_WRPERR | SR_PGAERR | SR_SIZERR | SR_PGSERR | \
                      SR_MISSERR | SR_FASTERR)
/* every rc_w1 flag: cleared before each operation (a stale one sets PGSERR;
 * OPTVERR may be set after reset, see the errata sheet ES0318) */
#define SR_ALL_FLAGS (SR_EOP | SR_OP_ERRORS | SR_RDERR | SR_OPTVERR)
#define CR_PG (1u << 0)
#define CR_PER (1u << 1)
#define CR_MER1 (1u << 2)
#define CR_PNB_SHIFT 3
#define CR_PNB_MASK (0xFFu << CR_PNB_SHIFT)
#define CR_STRT (1u << 16)
#define CR_LOCK (1u << 31)
#define ECCR_ECCD (1u << 31)

/* GPIOA: RM0394 "General-purpose I/Os (GPIO)" > "GPIO registers" */
#define GPIOA 0x48000000u
#define GPIOA_MODER REG(GPIOA + 0x00)
#define GPIOA_PUPDR REG(GPIOA + 0x0C)
#define GPIOA_AFRL REG(GPIOA + 0x20)
#define GPIOA_AFRH REG(GPIOA + 0x24)

/* USART2: RM0394 "Universal synchronous/asynchronous receiver transmitter
 * (USART/UART)" > "USART registers" */
#define USART2 0x40004400u
#define USART2_CR1 REG(USART2 + 0x00)
#define USART2_CR2 REG(USART2 + 0x04)
#define USART2_CR3 REG(USART2 + 0x08)
#define USART2_BRR REG(USART2 + 0x0C)
#define USART2_ISR REG(USART2 + 0x1C)
#define USART2_ICR REG(USART2 + 0x20)
#define USART2_RDR REG(USART2 + 0x24)
#define USART2_TDR REG(USART2 + 0x28)
#define USART2_IRQ 38 /* RM0394 "Interrupt and exception vectors" */
#define UCR1_UE (1u << 0)
#define UCR1_RE (1u << 2)
#define UCR1_TE (1u << 3)
#define UCR1_RXNEIE (1u << 5)
#define UCR3_OVRDIS (1u << 12)
#define UISR_PE (1u << 0)
#define UISR_FE (1u << 1)
#define UISR_NF (1u << 2)
#define UISR_ORE (1u << 3)
#define UISR_RXNE (1u << 5)
#define UISR_TC (1u << 6)
#define UISR_TXE (1u << 7)
#define UICR_ERRORS 0xFu /* PECF | FECF | NCF | ORECF */

/* IWDG: RM0394 "Independent watchdog (IWDG)" > "IWDG registers" */
#define IWDG 0x40003000u
#define IWDG_KR REG(IWDG + 0x00)
#define IWDG_PR REG(IWDG + 0x04)
#define IWDG_RLR REG(IWDG + 0x08)
#define IWDG_SR REG(IWDG + 0x0C)
#define IWDG_KEY_START 0xCCCCu
#define IWDG_KEY_ACCESS 0x5555u
#define IWDG_KEY_RELOAD 0xAAAAu

/* DBGMCU: RM0394 "Debug support (DBG)" > "DBGMCU APB1 freeze register 1" */
#define DBGMCU_APB1FZR1 REG(0xE0042008)
#define DBG_IWDG_STOP (1u << 12)

/* ---- small helpers -------------------------------------------------------- */

static uint32_t irq_save(void) {
    uint32_t primask;
    __asm__ volatile("mrs %0, primask\n\tcpsid i" : "=r"(primask) : : "memory");
    return primask;
}

static void irq_restore(uint32_t primask) {
    __asm__ volatile("msr primask, %0" : : "r"(primask) : "memory");
}

static uint32_t ipsr(void) {
    uint32_t r;
    __asm__ volatile("mrs %0, ipsr" : "=r"(r));
    return r;
}

/* ---- clock (RM0394 "Clocks", "Flash read access latency") ----------------- */

#define MSI_HZ 4000000u
#define PLL_HZ 80000000u
static uint32_t core_hz = MSI_HZ; /* HCLK = PCLK1 = SYSCLK */

/*
 * MSI 4 MHz / M(1) * N(40) = 160 MHz VCO (input 4..16 MHz, VCO 64..344 MHz)
 * / R(2) = 80 MHz, the maximum in voltage range 1 (the reset range).
 * Flash wait states are raised before the clock (range 1: 4 WS up to 80 MHz)
 * and read back, as RM0394 requires.  If the PLL does not lock the board
 * stays on MSI with the safe 4 wait states and says so.
 */
static int clock_init(void) {
    if ((RCC_CFGR & CFGR_SWS_MASK) == CFGR_SWS_PLL) { /* restarted without a reset */
        core_hz = PLL_HZ;
        return 0;
    }
    FLASH_ACR = (FLASH_ACR & ~ACR_LATENCY_MASK) | 4u | ACR_PRFTEN | ACR_ICEN | ACR_DCEN;
    while ((FLASH_ACR & ACR_LATENCY_MASK) != 4u)
        ;
    /* PLLCFGR may only be written while the PLL is off (it is at reset) */
    RCC_PLLCFGR = PLLCFGR_SRC_MSI | (0u << PLLCFGR_M_SHIFT) | (40u << PLLCFGR_N_SHIFT) |
                  PLLCFGR_REN | (0u << PLLCFGR_R_SHIFT);
    RCC_CR |= CR_PLLON;
    for (uint32_t n = 0; !(RCC_CR & CR_PLLRDY); n++)
        if (n > 100000) { /* lock takes ~40 us; this is > 100 ms at 4 MHz */
            RCC_CR &= ~CR_PLLON;
            return -1;
        }
    RCC_CFGR = (RCC_CFGR & ~CFGR_SW_MASK) | CFGR_SW_PLL;
    while ((RCC_CFGR & CFGR_SWS_MASK) != CFGR_SWS_PLL)
        ;
    core_hz = PLL_HZ;
    return 0;
}

/* ---- USART2 console ------------------------------------------------------- */

#define BAUD 115200u
#define RX_SIZE 64u /* power of two; about 5 ms of input at 115200 */

/* single producer (the ISR writes head), single consumer (getc writes tail) */
static volatile uint8_t rx_buf[RX_SIZE];
static volatile uint32_t rx_head, rx_tail;
/* Ctrl-C: the ISR counts in seen, board_interrupted in taken; no lock */
static volatile uint32_t ctrl_c_seen, ctrl_c_taken;

static void uart_init(void) {
    RCC_AHB2ENR |= AHB2ENR_GPIOAEN;
    RCC_APB1ENR1 |= APB1ENR1_USART2EN;
    (void)RCC_APB1ENR1; /* read back: the clock is on before the next access */
    RCC_CCIPR &= ~CCIPR_USART2SEL_MASK; /* USART2 kernel clock = PCLK1 */

    /* PA2 = USART2_TX (AF7), PA15 = USART2_RX (AF3, pull-up kept from reset:
     * the line idles high if the ST-LINK is absent).  PA15 is JTDI at reset,
     * so JTAG is lost; SWD (PA13/PA14) still works. */
    GPIOA_AFRL = (GPIOA_AFRL & ~(0xFu << 8)) | (7u << 8);
    GPIOA_AFRH = (GPIOA_AFRH & ~(0xFu << 28)) | (3u << 28);
    GPIOA_PUPDR = (GPIOA_PUPDR & ~(3u << 30)) | (1u << 30);
    GPIOA_MODER = (GPIOA_MODER & ~((3u << 4) | (3u << 30))) | (2u << 4) | (2u << 30);

    /* 8N1, 16x oversampling: BRR = f_ck / baud (80 MHz: 694, +0.06 %).
     * OVRDIS must be written while UE = 0: a byte that arrives before the
     * previous one was read overwrites it instead of stopping reception. */
    USART2_CR1 = 0;
    USART2_BRR = (core_hz + BAUD / 2) / BAUD;
    USART2_CR2 = 0;
    USART2_CR3 = UCR3_OVRDIS;
    USART2_CR1 = UCR1_TE | UCR1_RE | UCR1_RXNEIE;
    USART2_CR1 |= UCR1_UE;
    NVIC_ISER1 = 1u << (USART2_IRQ - 32);
}

static void USART2_IRQHandler(void) {
    uint32_t isr = USART2_ISR;
    if (isr & (UISR_PE | UISR_FE | UISR_NF | UISR_ORE))
        USART2_ICR = UICR_ERRORS;
    if (isr & UISR_RXNE) {
        uint8_t c = (uint8_t)USART2_RDR; /* reading clears RXNE */
        if (c == 3) {
            ctrl_c_seen++;
        } else if (rx_head - rx_tail < RX_SIZE) { /* else drop: buffer full */
            rx_buf[rx_head % RX_SIZE] = c;
            rx_head++;
        }
    }
}

static void tx(uint8_t c) {
    while (!(USART2_ISR & UISR_TXE))
        ;
    USART2_TDR = c;
}

/* terminals on the virtual COM port expect CR LF */
void board_write(const char *s, size_t n) {
    while (n--) {
        char c = *s++;
        if (c == '\n')
            tx('\r');
        tx((uint8_t)c);
    }
}

/* one UART: errors go the same way */
void board_write_err(const char *s, size_t n) { board_write(s, n); }

/* waits (bounded) until the last byte has left the shift register */
static void uart_flush(void) {
    for (uint32_t n = 0; !(USART2_ISR & UISR_TC) && n < 1000000; n++)
        ;
}

int board_getc(void) {
    if (rx_tail == rx_head)
        return -1;
    int c = rx_buf[rx_tail % RX_SIZE];
    rx_tail++;
    if (c == 4)
        c = -2; /* Ctrl-D (the host tool's end of stdin): end of input */
    return c;
}

int board_interrupted(void) {
    if (ctrl_c_taken == ctrl_c_seen)
        return 0;
    ctrl_c_taken++;
    return 1;
}

/* ---- SysTick -------------------------------------------------------------- */

static volatile uint32_t ms_ticks;

static void SysTick_Handler(void) { ms_ticks++; }

uint32_t board_ticks_ms(void) { return ms_ticks; }

/* DWT CYCCNT, started first thing in Reset_Handler: core clock cycles at
 * whatever the clock was (4 MHz until the PLL runs, then 80 MHz); wraps
 * after 53 s at 80 MHz.  It counts while the CPU stalls on flash, but not
 * while it is halted by a debugger, and may stop while the core sleeps. */
uint32_t board_cycles(void) { return DWT_CYCCNT; }

/*
 * While the flash is busy every fetch from it stalls, the SysTick handler
 * included, so up to ~22 ticks of a page erase collapse into one.  The DWT
 * cycle counter keeps counting through the stall: after each flash
 * operation the ticks it did not see are added (error < 1 ms).
 */
static void ticks_catch_up(uint32_t t0, uint32_t c0) {
    uint32_t real = (DWT_CYCCNT - c0) / (core_hz / 1000);
    uint32_t p = irq_save();
    uint32_t seen = ms_ticks - t0;
    if (real > seen) {
        ms_ticks += real - seen;
        SCB_ICSR = ICSR_PENDSTCLR; /* that millisecond is counted now */
    }
    irq_restore(p);
}

/*
 * Sleep mode (WFI, SLEEPDEEP = 0): the core clock stops, peripherals and
 * SysTick run, any interrupt wakes it, so this wakes every millisecond.
 * Stop 2 would need the LPTIM or RTC to wake and to keep time, the PLL
 * restarted on each wake-up, and would lose console input (USART2 cannot
 * wake the chip from Stop 2): see docs/boards.md.
 */
void board_sleep_ms(uint32_t ms) {
    uint32_t t0 = ms_ticks;
    while (ms_ticks - t0 < ms && ctrl_c_seen == ctrl_c_taken)
        __asm__ volatile("wfi");
}

/* ---- IWDG watchdog -------------------------------------------------------- */

#define LSI_HZ 32000u /* nominal; the datasheet allows about +-3 % */
static int wdt_on;

/* waits until the IWDG has taken PR/RLR into its LSI clock domain */
static int iwdg_sync(void) {
    for (uint32_t n = 0; IWDG_SR & 7u; n++) /* PVU | RVU | WVU */
        if (n > 1000000)
            return BOOT_EIO;
    return 0;
}

/*
 * Timeout = (4 << PR) * (RLR + 1) / LSI_HZ.  The smallest prescaler that
 * reaches the timeout keeps the resolution best; up to 32768 ms.  Once
 * started the IWDG runs until the next reset (also in Stop modes, with the
 * default option bytes), so a second call only changes the timeout.  It is
 * frozen while a debugger halts the core.
 */
int board_wdt_start(uint32_t timeout_ms) {
    if (timeout_ms == 0)
        return wdt_on ? BOOT_ENOTSUP : 0;
    if (timeout_ms > 4096u * 256u * 1000u / LSI_HZ)
        return BOOT_EINVAL;
    uint32_t pr = 0, counts;
    for (;;) {
        uint32_t div = 4u << pr;
        counts = (timeout_ms * (LSI_HZ / 1000) + div - 1) / div;
        if (counts <= 4096)
            break;
        pr++;
    }
    DBGMCU_APB1FZR1 |= DBG_IWDG_STOP;
    /* RM0394 "IWDG functional description": start, unlock, PR, RLR, wait, reload */
    IWDG_KR = IWDG_KEY_START;
    IWDG_KR = IWDG_KEY_ACCESS;
    if (iwdg_sync() < 0)
        return BOOT_EIO;
    IWDG_PR = pr;
    IWDG_RLR = counts - 1;
    if (iwdg_sync() < 0)
        return BOOT_EIO;
    IWDG_KR = IWDG_KEY_RELOAD;
    wdt_on = 1;
    return 0;
}

void board_wdt_kick(void) {
    if (wdt_on)
        IWDG_KR = IWDG_KEY_RELOAD;
}

/* ---- reset and exit ------------------------------------------------------- */

void board_reset(void) {
    uart_flush();
    __asm__ volatile("dsb" : : : "memory");
    SCB_AIRCR = AIRCR_VECTKEY | (SCB_AIRCR & AIRCR_PRIGROUP) | AIRCR_SYSRESETREQ;
    __asm__ volatile("dsb" : : : "memory");
    for (;;)
        ;
}

/*
 * No host to return to: print the status, then sleep until a byte arrives
 * on the console and reset (the program runs again).  SysTick is stopped so
 * that only the UART wakes the core.  A running watchdog is no longer
 * kicked: it resets an unattended board after its timeout.  From a fault
 * handler no interrupt can be taken, so the UART is polled there.
 */
void board_exit(int status) {
    boot_printf("boot: exit %d, press a key to reset\n", status);
    SYST_CSR = 0;
    int handler = ipsr() != 0;
    rx_tail = rx_head; /* forget input typed before */
    ctrl_c_taken = ctrl_c_seen;
    if (handler && (USART2_ISR & UISR_RXNE))
        (void)USART2_RDR;
    for (;;) {
        if (handler ? (USART2_ISR & UISR_RXNE) != 0
                    : rx_head != rx_tail || ctrl_c_seen != ctrl_c_taken)
            board_reset();
        if (!handler)
            __asm__ volatile("wfi");
    }
}

/* ---- flash (RM0394 "Flash program and erase operations") ------------------ */

static const BootFlashInfo flash_info = {
    .base = FLASH_BASE, .size = FLASH_SIZE, .page_size = FLASH_PAGE, .prog_size = FLASH_PROG,
    .boot_addr = BOOT_ADDR, .boot_size = BOOT_SIZE, .core_addr = CORE_ADDR,
    .core_size = CORE_SIZE, .devs_addr = DEVS_ADDR, .devs_size = DEVS_SIZE,
    .mrfs_addr = MRFS_ADDR, .mrfs_size = MRFS_SIZE,
};

const BootFlashInfo *board_flash_info(void) { return &flash_info; }

const uint8_t *board_flash_mem(void) { return (const uint8_t *)FLASH_BASE; }

/* The RTC is not set up yet: MRFS entries get mtime 0 ("unknown"). */
uint32_t board_time(void) { return 0; }

/*
 * The L432 has one flash bank: while BSY is set every read of the flash,
 * instruction fetches included, stalls the bus until the operation ends.
 * This code (and every interrupt handler) runs from flash, so the CPU
 * simply waits; it never erases or programs the boot slot it runs from.
 * Console bytes arriving during a page erase (~22 ms) are lost beyond the
 * one the USART holds.
 */
typedef struct FlashOp {
    uint32_t t0, c0; /* ticks and cycles at the start, for ticks_catch_up */
} FlashOp;

/* waits for BSY to clear; bounded (max page erase is ~25 ms) */
static int flash_wait(void) {
    uint32_t c0 = DWT_CYCCNT;
    while (FLASH_SR & SR_BSY)
        if (DWT_CYCCNT - c0 > core_hz / 10) /* 100 ms */
            return BOOT_EIO;
    return 0;
}

static int flash_begin(FlashOp *op) {
    op->t0 = ms_ticks;
    op->c0 = DWT_CYCCNT;
    if (FLASH_CR & CR_LOCK) { /* KEYR: both keys in order, else locked until reset */
        FLASH_KEYR = KEYR_KEY1;
        FLASH_KEYR = KEYR_KEY2;
    }
    if (FLASH_CR & CR_LOCK)
        return BOOT_EIO;
    if (flash_wait() < 0)
        return BOOT_EIO;
    FLASH_SR = SR_ALL_FLAGS;
    return 0;
}

/*
 * Ends an operation: reports its errors, locks the flash again and resets
 * both caches.  The I-cache may hold code of a replaced segment and the
 * D-cache erased words read before programming; RM0394 allows a cache
 * reset only while that cache is disabled.
 */
static int flash_end(FlashOp *op, int rc) {
    if (FLASH_SR & SR_OP_ERRORS)
        rc = BOOT_EIO;
    FLASH_SR = SR_ALL_FLAGS;
    FLASH_CR = (FLASH_CR & ~(CR_PG | CR_PER | CR_MER1 | CR_PNB_MASK)) | CR_LOCK;
    uint32_t acr = FLASH_ACR & ~(ACR_ICRST | ACR_DCRST);
    uint32_t off = acr & ~(ACR_ICEN | ACR_DCEN);
    FLASH_ACR = off;
    FLASH_ACR = off | ACR_ICRST | ACR_DCRST;
    FLASH_ACR = off;
    FLASH_ACR = acr;
    ticks_catch_up(op->t0, op->c0);
    return rc;
}

int board_flash_erase(uint32_t addr) {
    if (addr % FLASH_PAGE || addr - FLASH_BASE >= FLASH_SIZE)
        return BOOT_EINVAL;
    if (addr < BOOT_ADDR + BOOT_SIZE)
        return BOOT_EINVAL; /* boot never erases itself */
    uint32_t page = (addr - FLASH_BASE) / FLASH_PAGE;
    FlashOp op;
    int rc = flash_begin(&op);
    if (rc == 0) {
        /* RM0394 "Page erase": PER and PNB (PNB fully rewritten), then STRT */
        FLASH_CR = (FLASH_CR & ~(CR_PG | CR_MER1 | CR_PNB_MASK)) | CR_PER |
                   (page << CR_PNB_SHIFT);
        FLASH_CR |= CR_STRT;
        rc = flash_wait();
    }
    rc = flash_end(&op, rc);
    if (rc == 0) /* the page must read back erased */
        for (uint32_t i = 0; i < FLASH_PAGE / 4; i++)
            if (((const volatile uint32_t *)addr)[i] != 0xFFFFFFFFu)
                return BOOT_EIO;
    return rc;
}

/*
 * Programs n bytes (n and addr multiples of 8).  ECC covers each 64-bit
 * double word, so each is written once per erase: a target that is not
 * erased is refused before anything is written (the hardware would set
 * PROGERR, or corrupt the ECC for a second all-zero write).  A source
 * double word of all ones is skipped, not programmed, so that it stays
 * programmable, as on the qemu board.
 */
int board_flash_program(uint32_t addr, const void *src, uint32_t n) {
    if (addr % FLASH_PROG || n % FLASH_PROG || addr < BOOT_ADDR + BOOT_SIZE ||
        addr >= FLASH_BASE + FLASH_SIZE || n > FLASH_BASE + FLASH_SIZE - addr)
        return BOOT_EINVAL;
    const volatile uint32_t *d = (const volatile uint32_t *)addr;
    for (uint32_t i = 0; i < n / 4; i++)
        if (d[i] != 0xFFFFFFFFu)
            return BOOT_EIO;
    if (n == 0)
        return 0;
    const uint8_t *s = src;
    FlashOp op;
    int rc = flash_begin(&op);
    if (rc == 0)
        FLASH_CR = (FLASH_CR & ~(CR_PER | CR_MER1 | CR_PNB_MASK)) | CR_PG;
    for (uint32_t i = 0; rc == 0 && i < n; i += 8) {
        uint32_t w[2];
        memcpy(w, s + i, 8); /* src may be unaligned */
        if (w[0] == 0xFFFFFFFFu && w[1] == 0xFFFFFFFFu)
            continue;
        /* RM0394 "Standard programming": two 32-bit writes, first word at the
         * double-word address; programming starts with the second */
        uint32_t p = irq_save();
        REG(addr + i) = w[0];
        REG(addr + i + 4) = w[1];
        irq_restore(p);
        rc = flash_wait();
        if (FLASH_SR & SR_OP_ERRORS)
            rc = BOOT_EIO;
    }
    rc = flash_end(&op, rc);
    if (rc == 0 && memcmp((const void *)addr, src, n) != 0)
        rc = BOOT_EIO;
    return rc;
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

/* ---- segments ------------------------------------------------------------- */

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
    static const char msg[] = "MRFS not available yet";
    (void)source;
    size_t k = 0;
    for (; k + 1 < whylen && msg[k]; k++)
        why[k] = msg[k];
    if (whylen)
        why[k] = 0;
    return BOOT_ENOTSUP;
}

/* ---- start-up ------------------------------------------------------------- */

void board_init(void) {
    SCB_VTOR = (uint32_t)__seg_start; /* the vector table: 0x08000000 (aliased at 0) */
    int pll = clock_init();
    uart_init();
    SYST_RVR = core_hz / 1000 - 1;
    SYST_CVR = 0;
    SYST_CSR = 7; /* processor clock, interrupt, enable */
    if (pll < 0)
        boot_printf("boot: PLL did not lock, running on MSI at 4 MHz\n");
    uint32_t csr = RCC_CSR;
    if (csr & CSR_IWDGRSTF)
        boot_printf("boot: reset by the watchdog\n");
    else if (csr & CSR_WWDGRSTF)
        boot_printf("boot: reset by the window watchdog\n");
    else if (csr & CSR_LPWRRSTF)
        boot_printf("boot: reset by a low-power mode entry\n");
    RCC_CSR |= CSR_RMVF; /* clear the reset flags for the next time */
}

void Reset_Handler(void) {
    /* the DWT cycle counter first, so that board_cycles() counts from reset */
    DEMCR |= DEMCR_TRCENA;
    DWT_CYCCNT = 0;
    DWT_CTRL |= DWT_CYCCNTENA;
    /* FPU access (CP10, CP11): boot is soft-float, but core or devs may be
     * built for the FPU (PM0214 "Enabling the FPU") */
    SCB_CPACR |= 0xFu << 20;
    __asm__ volatile("dsb\n\tisb" : : : "memory");
    memcpy(__data_start, __data_load, (size_t)(__data_end - __data_start));
    memset(__bss_start, 0, (size_t)(__bss_end - __bss_start));
    board_init();
    static char *argv[1]; /* no command line on a board */
    int st = boot_main(0, argv);
    board_exit(st);
}

/* NMI, HardFault, MemManage, BusFault, UsageFault.  A double ECC error in
 * flash (e.g. a double word whose programming was cut by a power loss)
 * raises an NMI: say so, FLASH_ECCR holds its address. */
static void Fault_Handler(void) {
    uint32_t n = ipsr();
    boot_printf("\nboot: fault (exception %u)\n", n);
    if (n == 2 && (FLASH_ECCR & ECCR_ECCD))
        boot_printf("boot: flash double ECC error, FLASH_ECCR %08x\n", FLASH_ECCR);
    board_exit(2);
}

/* SVCall, DebugMonitor, PendSV and every IRQ but USART2: none is enabled */
static void Default_Handler(void) {
    uint32_t n = ipsr();
    if (n >= 16)
        boot_printf("\nboot: unexpected interrupt (IRQ %u)\n", n - 16);
    else
        boot_printf("\nboot: unexpected exception %u\n", n);
    board_exit(2);
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

/*
 * Vector table: 16 system entries, then the 83 IRQs of the STM32L432
 * (0 WWDG .. 82 CRS), RM0394 "Interrupt and exception vectors", STM32L43x
 * column.  Positions reserved or not present on the L432 point at
 * Default_Handler as well; only USART2 is used.  99 entries = 396 bytes, so
 * boot's SegHeader lands at 0x1C0 (boot.ld aligns it to 64).
 */
#define D Default_Handler
__attribute__((section(".vectors"), used)) static void (*const vectors[])(void) = {
    (void (*)(void))__stack_top,
    Reset_Handler,
    Fault_Handler, /* NMI */
    Fault_Handler, /* HardFault */
    Fault_Handler, /* MemManage */
    Fault_Handler, /* BusFault */
    Fault_Handler, /* UsageFault */
    0, 0, 0, 0,
    D, /* SVCall */
    D, /* DebugMonitor */
    0,
    D, /* PendSV */
    SysTick_Handler,
    /*  0 WWDG, 1 PVD_PVM, 2 RTC_TAMP_STAMP/CSS_LSE, 3 RTC_WKUP, 4 FLASH, 5 RCC */
    D, D, D, D, D, D,
    /*  6..10 EXTI0..EXTI4 */
    D, D, D, D, D,
    /* 11..17 DMA1 channels 1..7 */
    D, D, D, D, D, D, D,
    /* 18 ADC1, 19 CAN1_TX, 20 CAN1_RX0, 21 CAN1_RX1, 22 CAN1_SCE, 23 EXTI9_5 */
    D, D, D, D, D, D,
    /* 24 TIM1_BRK/TIM15, 25 TIM1_UP/TIM16, 26 TIM1_TRG_COM, 27 TIM1_CC, 28 TIM2 */
    D, D, D, D, D,
    /* 29 TIM3 (not on L432), 30 reserved, 31 I2C1_EV, 32 I2C1_ER */
    D, D, D, D,
    /* 33 I2C2_EV, 34 I2C2_ER (not on L432), 35 SPI1, 36 SPI2 (not on L432), 37 USART1 */
    D, D, D, D, D,
    /* 38 USART2 */
    USART2_IRQHandler,
    /* 39 USART3 (not on L432), 40 EXTI15_10, 41 RTC_ALARM */
    D, D, D,
    /* 42..50 reserved or absent (DFSDM1_FLT3, TIM8 x4, ADC3, FMC, SDMMC1, TIM5) */
    D, D, D, D, D, D, D, D, D,
    /* 51 SPI3, 52 UART4 (absent), 53 reserved, 54 TIM6_DACUNDER, 55 TIM7 */
    D, D, D, D, D,
    /* 56..60 DMA2 channels 1..5 */
    D, D, D, D, D,
    /* 61..63 DFSDM1_FLT0..2 (absent) */
    D, D, D,
    /* 64 COMP, 65 LPTIM1, 66 LPTIM2, 67 USB_FS, 68 DMA2_CH6, 69 DMA2_CH7 */
    D, D, D, D, D, D,
    /* 70 LPUART1, 71 QUADSPI, 72 I2C3_EV, 73 I2C3_ER, 74 SAI1, 75 reserved */
    D, D, D, D, D, D,
    /* 76 SWPMI1, 77 TSC, 78 LCD (L433 only), 79 AES (L442/L443 only) */
    D, D, D, D,
    /* 80 RNG, 81 FPU, 82 CRS */
    D, D, D,
};
#undef D
_Static_assert(sizeof vectors / sizeof vectors[0] == 16 + 83, "L432 vector table: 16 + 83 entries");
