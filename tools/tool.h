/* tool.h - shared pieces of the host program (tools/) */
#ifndef TOOL_H
#define TOOL_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* SegHeader as laid out in a flat 32-bit image (boot/boot.h): the host's
 * own SegHeader has 8-byte pointers, so images are read through this */
typedef struct SegHeader32 {
    uint32_t magic;
    uint8_t kind, hdr_size;
    uint16_t abi_boot, abi_core, reserved;
    uint32_t size, crc, build_id, flash_addr;
    uint32_t data_load, data_start, data_end, bss_end;
    uint32_t init, run, deinit, exports;
} SegHeader32;
_Static_assert(sizeof(SegHeader32) == 60, "flat segment header is 60 bytes");

/* a flat board's flash map (from boot/<board>/layout.h) */
typedef struct ToolLayout {
    const char *board;
    uint32_t flash_base, flash_size, page, prog;
    uint32_t boot_addr, boot_size, core_addr, core_size, devs_addr, devs_size;
    uint32_t mrfs_addr, mrfs_size;
} ToolLayout;
extern const ToolLayout tool_qemu_layout, tool_stm32l4_layout;
const ToolLayout *tool_layout(const char *board); /* NULL if unknown */

uint8_t *tool_read_file(const char *path, size_t *len);
int tool_write_file(const char *path, const void *data, size_t len);

/* formats the MRFS area of a flash image and stores NAME=FILE pairs */
int tool_mrfs_format_and_put(uint8_t *mrfs_area, const ToolLayout *L, int n, char **pairs);
/* compiles a script and stores it as the start-up module `main` */
int tool_put_main(uint8_t *flash, size_t len, const ToolLayout *L, const char *script);

int tool_mrfs_main(int argc, char **argv);
int tool_dis_main(int argc, char **argv);
int tool_compile_main(int argc, char **argv);

#endif
