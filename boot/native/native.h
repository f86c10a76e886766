/* native.h - how the host program (tools/monty.c) starts the native board */
#ifndef NATIVE_H
#define NATIVE_H

#include <stddef.h>

typedef struct NativeOpts {
    size_t heap_size;        /* GC pool bytes (-X heapsize=) */
    const char *devs_path;   /* devs shared object to load, NULL for none */
    const char *flash_path;  /* file backing the simulated flash, NULL: RAM */
    int verbose;             /* print the life-cycle log */
    char **host_argv;        /* the host program's argv, for a board reset */
} NativeOpts;

/* boots boot -> core -> devs and runs core's start-up step with argv
 * (argv[0] is the script); returns the exit status */
int native_boot(const NativeOpts *opts, int argc, char **argv);

#endif
