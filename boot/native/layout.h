/* layout.h - the native board's simulated flash (a file or a buffer).
 * Natively core is linked into the host program and devs is a shared
 * object, so the segment slots hold nothing; flash "addresses" are offsets
 * into the simulated flash, which only MRFS uses.  See docs/segments.md. */
#ifndef LAYOUT_H
#define LAYOUT_H

#define BOARD_NAME "native"

#define FLASH_BASE 0x00000000
#define FLASH_PAGE 2048
#define FLASH_PROG 8
#define BOOT_ADDR 0
#define BOOT_SIZE 0
#define CORE_ADDR 0
#define CORE_SIZE 0
#define DEVS_ADDR 0
#define DEVS_SIZE 0
#define MRFS_ADDR 0
#define MRFS_SIZE (256 * 1024) /* default; `monty --flash FILE` may differ */
#define FLASH_SIZE MRFS_SIZE

#define DEFAULT_HEAP (256 * 1024) /* -X heapsize=... */

#endif
