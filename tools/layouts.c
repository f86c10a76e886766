/* layouts.c - the flat boards' flash maps, for building images on the host */
#include "../boot/qemu/layout.h"
#include "tool.h"

const ToolLayout tool_qemu_layout = {
    BOARD_NAME, FLASH_BASE, FLASH_SIZE, FLASH_PAGE, FLASH_PROG,
    BOOT_ADDR - FLASH_BASE, BOOT_SIZE, CORE_ADDR - FLASH_BASE, CORE_SIZE,
    DEVS_ADDR - FLASH_BASE, DEVS_SIZE, MRFS_ADDR - FLASH_BASE, MRFS_SIZE,
};
