/* layout_one.h - one ToolLayout from the layout.h included just before */
const ToolLayout LAYOUT_VAR = {
    BOARD_NAME, FLASH_BASE, FLASH_SIZE, FLASH_PAGE, FLASH_PROG,
    BOOT_ADDR - FLASH_BASE, BOOT_SIZE, CORE_ADDR - FLASH_BASE, CORE_SIZE,
    DEVS_ADDR - FLASH_BASE, DEVS_SIZE, MRFS_ADDR - FLASH_BASE, MRFS_SIZE,
};
