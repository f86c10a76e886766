/* layout.h - memory map of the qemu board (mps2-an385, Cortex-M3).
 * The single source of truth for addresses: included by C code and by the
 * linker scripts (preprocessed with cpp).  See docs/segments.md. */
#ifndef LAYOUT_H
#define LAYOUT_H

#define BOARD_NAME "qemu"

/* The 4 MB SSRAM at 0 plays the part of flash (NOR semantics enforced by
 * the flash driver).  2 KB pages, 8-byte programs, as on the STM32L4. */
#define FLASH_BASE 0x00000000
#define FLASH_SIZE 0x00400000
#define FLASH_PAGE 2048
#define FLASH_PROG 8

#define BOOT_ADDR (FLASH_BASE + 0x00000)
#define BOOT_SIZE 0x05000 /* 20 KB */
#define CORE_ADDR (FLASH_BASE + 0x05000)
#define CORE_SIZE 0x3B000 /* 236 KB: the VM with its compiler */
#define DEVS_ADDR (FLASH_BASE + 0x40000)
#define DEVS_SIZE 0x04000 /* 16 KB */
#define MRFS_ADDR (FLASH_BASE + 0x44000)
#define MRFS_SIZE (FLASH_SIZE - 0x44000)

/* RAM: at most 64 KB in total, whatever the chip has (the one setting) */
#define RAM_BASE 0x20000000
#define RAM_SIZE 0x10000
#define BOOT_RAM (RAM_BASE + 0x0000)
#define BOOT_RAM_SIZE 0x0800
#define CORE_RAM (RAM_BASE + 0x0800)
#define CORE_RAM_SIZE 0x0C00
#define DEVS_RAM (RAM_BASE + 0x1400)
#define DEVS_RAM_SIZE 0x0400
#define STACK_SIZE 0x2800 /* 10 KB: nested C calls back into Python (MONTY_C_DEPTH) */
/* GC pool: from the end of devs RAM up to the stack */
#define POOL_ADDR (DEVS_RAM + DEVS_RAM_SIZE)
#define POOL_END (RAM_BASE + RAM_SIZE - STACK_SIZE)

#endif
