/* layouts.c - the flat boards' flash maps, for building images on the host.
 * Each board's layout.h defines the same macros, so each is read in a
 * separate inclusion of tools/layout_one.h. */
#include "tool.h"

#define LAYOUT_VAR tool_qemu_layout
#include "../boot/qemu/layout.h"
#include "layout_one.h"
#undef LAYOUT_H
#undef LAYOUT_VAR
#include "layout_undef.h"

#define LAYOUT_VAR tool_stm32l4_layout
#include "../boot/stm32l4/layout.h"
#include "layout_one.h"

const ToolLayout *tool_layout(const char *board) {
    if (!strcmp(board, "qemu"))
        return &tool_qemu_layout;
    if (!strcmp(board, "stm32l4"))
        return &tool_stm32l4_layout;
    return NULL;
}
