/* layout.h - memory map of the stm32l4 board (STM32L432KC).
 * The single source of truth for addresses: included by C code and by the
 * linker scripts (preprocessed with cpp).  See docs/segments.md. */
#ifndef LAYOUT_H
#define LAYOUT_H

#define BOARD_NAME "stm32l4"

/* 256 KB internal flash: 2 KB pages, programmed 64 bits at a time (ECC) */
#define FLASH_BASE 0x08000000
#define FLASH_SIZE 0x00040000
#define FLASH_PAGE 2048
#define FLASH_PROG 8

#define BOOT_ADDR (FLASH_BASE + 0x00000)
#define BOOT_SIZE 0x05000 /* 20 KB */
#define CORE_ADDR (FLASH_BASE + 0x05000)
#define CORE_SIZE 0x2F000 /* 188 KB: the VM without its compiler (the host compiles) */
#define DEVS_ADDR (FLASH_BASE + 0x34000)
#define DEVS_SIZE 0x04000 /* 16 KB */
#define MRFS_ADDR (FLASH_BASE + 0x38000)
#define MRFS_SIZE (FLASH_SIZE - 0x38000)

/* RAM: SRAM1 (48 KB) + SRAM2 (16 KB) are contiguous from 0x20000000 */
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
