/*
 * shell.c - boot's tiny command line.  Runs when core is missing, refused
 * or failed, so a board can always be inspected and recovered without a
 * debugger.  Line based, no history; commands:
 *   help, info (flash layout and segments), reset, exit [N]
 */
#include <string.h>

#include "board.h"
#include "boot.h"

void boot_printf(const char *fmt, ...);

static void info(void) {
    const BootFlashInfo *f = board_flash_info();
    boot_printf("flash %08x+%x, page %u, program %u\n", f->base, f->size, f->page_size,
                f->prog_size);
    const char *names[] = {"core", "devs"};
    for (int k = SEG_CORE; k <= SEG_DEVS; k++) {
        char why[64];
        const SegHeader *h = board_seg_header(k);
        uint32_t slot = k == SEG_CORE ? f->core_size : f->devs_size;
        int rc = boot_seg_check(h, k, slot, 0xFFFF & ABI_VERSION(1, 255), board_seg_has_crc(),
                                why, sizeof why);
        if (rc < 0)
            boot_printf("%s: invalid (%s)\n", names[k - SEG_CORE], why);
        else
            boot_printf("%s: ok, %u bytes, build %08x\n", names[k - SEG_CORE], h->size,
                        h->build_id);
    }
}

/* reads one line; returns its length, or -1 at end of input */
static int read_line(char *buf, int max) {
    int n = 0;
    for (;;) {
        int c = board_getc();
        if (c == -2)
            return n ? n : -1; /* end of input (host boards) */
        if (c < 0) {
            board_sleep_ms(10);
            continue;
        }
        if (c == '\r' || c == '\n') {
            board_write("\n", 1);
            buf[n] = 0;
            return n;
        }
        if ((c == 8 || c == 127) && n > 0) {
            n--;
            board_write("\b \b", 3);
            continue;
        }
        if (c >= ' ' && n < max - 1) {
            buf[n++] = (char)c;
            char ch = (char)c;
            board_write(&ch, 1);
        }
    }
}

int boot_shell(void) {
    char line[64];
    boot_printf("boot: command line (help for commands)\n");
    for (;;) {
        board_write("boot> ", 6);
        int n = read_line(line, sizeof line);
        if (n < 0)
            return 1;
        if (!strcmp(line, "help"))
            boot_printf("commands: help info reset exit [N]\n");
        else if (!strcmp(line, "info"))
            info();
        else if (!strcmp(line, "reset"))
            board_reset();
        else if (!strncmp(line, "exit", 4)) {
            int st = 0;
            for (const char *p = line + 4; *p; p++)
                if (*p >= '0' && *p <= '9')
                    st = st * 10 + (*p - '0');
            return st;
        } else if (n)
            boot_printf("unknown command: %s\n", line);
    }
}
