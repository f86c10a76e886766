/*
 * vm.h - the VM's entry points, called by core.c (and by tests).
 *
 * Life cycle: vm_init once (sets up the GC pool, the built-in types and
 * modules), then any number of vm_run_* calls, then vm_deinit.
 */
#ifndef MONTY_VM_H
#define MONTY_VM_H

#include <stddef.h>
#include <stdint.h>

#include "core.h"

struct BootApi;

typedef struct VmHost {
    const struct BootApi *boot; /* console write/write_err, ticks, interrupted() */
    int argc;
    char **argv;                /* sys.argv */
    /* module finder: given a module name, return a compiled module image
     * (in place, e.g. in MRFS) or Python source to compile (natively:
     * NAME.py beside the script).  0 ok, negative if not found. */
    int (*find_module)(const char *name, const uint8_t **data, size_t *len, int *is_source);
} VmHost;

/* gc_init + built-in types and modules; 0 or negative */
int vm_init(const VmHost *host, void *pool, size_t pool_size);
/* Runs a module image as __main__.  Returns the exit status: 0, 1 after
 * printing an uncaught exception's traceback on write_err, or the code
 * given to sys.exit. */
int vm_run_image(const uint8_t *img, size_t len, const char *filename);
/* Compiles (needs MONTY_COMPILER) then runs as __main__; a SyntaxError is
 * reported like CPython (file, line, "SyntaxError: msg"), status 1. */
int vm_run_source(const char *src, size_t len, const char *filename);
/* devs C modules become importable; 0 or negative */
int vm_register_module(const CoreModule *m, int owner);
/* devs unload: forget its modules (and sys.modules entries), then
 * gc_release_owner(owner) */
void vm_unregister_owner(int owner);
void vm_deinit(void);

/* the CoreApi table implemented by core/capi.c */
extern const CoreApi core_api;

#endif
