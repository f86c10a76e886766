/*
 * glue.c - connects the host program's commands to the libraries that
 * implement them (MRFS tool, compiler, disassembler).  Entry points of
 * parts not linked into this build are weak and report that clearly.
 */
#include <stdio.h>
#include <string.h>

#include "tool.h"

int mrfs_tool_main(int argc, char **argv) __attribute__((weak));
int dis_main(int argc, char **argv) __attribute__((weak));
int compile_main(int argc, char **argv) __attribute__((weak));

static int missing(const char *what) {
    fprintf(stderr, "monty: %s is not part of this build\n", what);
    return 2;
}

int tool_mrfs_main(int argc, char **argv) {
    return mrfs_tool_main ? mrfs_tool_main(argc, argv) : missing("mrfs");
}
int tool_dis_main(int argc, char **argv) {
    return dis_main ? dis_main(argc, argv) : missing("the disassembler");
}
int tool_compile_main(int argc, char **argv) {
    return compile_main ? compile_main(argc, argv) : missing("the compiler");
}

int tool_mrfs_format_and_put(uint8_t *mrfs_area, const ToolLayout *L, int n, char **pairs) {
    (void)mrfs_area;
    (void)L;
    if (n > 0)
        return missing("mrfs");
    (void)pairs;
    return 0;
}

int tool_put_main(uint8_t *flash, size_t len, const ToolLayout *L, const char *script) {
    (void)flash;
    (void)len;
    (void)L;
    (void)script;
    return missing("the compiler (needed to run a script on a board)");
}
