/*
 * core.c - the core segment's entry points and life cycle.
 *
 *   init(boot)  : remember boot's table, set up the GC pool (and the VM),
 *                 ask boot to load devs, handing it core's table
 *   run(argv)   : the start-up step: natively argv[0] is the script; on
 *                 boards the module `main` is found in MRFS.  A core built
 *                 without the interpreter runs its self-check instead.
 *   deinit()    : unload devs, print the GC report, say goodbye
 *
 * Core reaches boot only through the BootApi table it is given.
 */
#include <string.h>

#include "../boot/boot.h"
#include "core.h"
#include "gc.h"

#if defined(__has_include)
#if __has_include("config.h")
#include "config.h"
#endif
#endif
#ifndef MONTY_INTERP
#define MONTY_INTERP 0
#endif
#if MONTY_INTERP
#include "obj.h"
#include "vm.h"
#endif

#ifndef BUILD_ID
#define BUILD_ID 0
#endif

extern const CoreApi core_api;
const BootApi *core_boot;

/* kept in core, so it survives a devs replacement (tests check this) */
static uint32_t core_counter;

/* owner id of devs' modules and malloc areas */
#define DEVS_OWNER 1

static int devs_loaded;

#if MONTY_INTERP
static VmHost vm_host;
static int find_module(const char *name, const uint8_t **data, size_t *len, int *is_source);
#endif

static int load_devs(void) {
    int rc = core_boot->devs_load(&core_api);
    if (rc < 0)
        return rc;
    devs_loaded = 1;
#if MONTY_INTERP
    const SegHeader *h = core_boot->seg_find(SEG_DEVS);
    const CoreModule *const *mods = h ? (const CoreModule *const *)h->exports : NULL;
    for (; mods && *mods; mods++)
        vm_register_module(*mods, DEVS_OWNER);
#endif
    return 0;
}

static void unload_devs(void) {
    if (!devs_loaded)
        return;
#if MONTY_INTERP
    vm_unregister_owner(DEVS_OWNER);
#else
    gc_release_owner(DEVS_OWNER);
#endif
    core_boot->devs_unload();
    devs_loaded = 0;
}

/* Replaces devs while core keeps running: its objects, counters and the
 * console are untouched.  Returns 0 or a negative boot error. */
int core_devs_reload(const char *source) {
    unload_devs();
    int rc = core_boot->devs_replace(source);
    int rc2 = load_devs(); /* the new one, or the old one again on failure */
    return rc < 0 ? rc : rc2;
}

/* a function exported by devs, by "module.name" */
static CFunc devs_func(const char *module, const char *name) {
    const SegHeader *h = devs_loaded ? core_boot->seg_find(SEG_DEVS) : NULL;
    const CoreModule *const *mods = h ? (const CoreModule *const *)h->exports : NULL;
    for (; mods && *mods; mods++)
        if (!strcmp((*mods)->name, module))
            for (const CoreFunc *f = (*mods)->funcs; f->name; f++)
                if (!strcmp(f->name, name))
                    return f->fn;
    return NULL;
}

/* Calls devs' demo.version() and prints what it returned with core's
 * counter: the devs-replacement check of the boards' tests. */
int core_devs_probe(void) {
    CFunc f = devs_func("demo", "version");
    core_counter++;
    if (!f) {
        core_boot->printf("devs: no demo.version\n");
        return -1;
    }
    Value v = f((ArgVec){0, 0, 0});
    core_boot->printf("devs demo.version() = %d, core counter = %u\n",
                      v_is_int(v) ? (int)v_to_int(v) : -1, core_counter);
    return 0;
}

#if MONTY_INTERP
/* The built-in module `monty`: segment services for Python programs.
 *   monty.devs_reload(source)  replace devs while core runs (source: an
 *                              MRFS file on boards, a .so path natively);
 *                              modules of the old devs are forgotten, so
 *                              import them again afterwards
 *   monty.core_counter()       core's counter (survives devs reloads)
 * Written against CoreApi only, like any C module. */
static Value mod_devs_reload(ArgVec a) {
    size_t n;
    char src[128];
    const char *s = a.n == 1 ? core_api.str_get(a.v[0], &n) : NULL;
    if (a.n != 1)
        return core_api.raise(CORE_EXC_TYPE_ERROR, "devs_reload() takes 1 argument");
    if (!s)
        return V_ERR;
    if (n >= sizeof src)
        return core_api.raise(CORE_EXC_VALUE_ERROR, "source name too long");
    memcpy(src, s, n);
    src[n] = 0;
    if (core_devs_reload(src) < 0)
        return core_api.raise(CORE_EXC_OS_ERROR, "devs reload failed");
    return V_NONE;
}

static Value mod_core_counter(ArgVec a) {
    (void)a;
    return core_api.int_new(++core_counter);
}

/* a str argument as a C string in buf; NULL after raising */
static const char *arg_name(ArgVec a, int i, char *buf, size_t size) {
    size_t n;
    const char *s = a.n > i ? core_api.str_get(a.v[i], &n) : NULL;
    if (a.n <= i) {
        core_api.raise(CORE_EXC_TYPE_ERROR, "missing file name");
        return NULL;
    }
    if (!s)
        return NULL;
    if (n >= size) {
        core_api.raise(CORE_EXC_VALUE_ERROR, "file name too long");
        return NULL;
    }
    memcpy(buf, s, n);
    buf[n] = 0;
    return buf;
}

static Value file_error(int rc, const char *name) {
    return exc_raise(&os_error_type, "[MRFS error %d] %s", (long)rc, name);
}

/* monty.file_read(name) -> bytes: a copy of the MRFS file */
static Value mod_file_read(ArgVec a) {
    char name[40];
    const uint8_t *data;
    uint32_t size;
    if (!arg_name(a, 0, name, sizeof name))
        return V_ERR;
    int rc = core_boot->file_find(name, &data, &size);
    if (rc < 0)
        return file_error(rc, name);
    return bytes_new(data, size); /* may allocate: data is in flash, not the heap */
}

/* monty.file_write(name, data): stores a whole file (bytes or str) */
static Value mod_file_write(ArgVec a) {
    char name[40];
    size_t n;
    if (!arg_name(a, 0, name, sizeof name))
        return V_ERR;
    if (a.n != 2)
        return core_api.raise(CORE_EXC_TYPE_ERROR, "file_write(name, data)");
    const void *data = str_is(a.v[1]) ? (const void *)str_data(a.v[1], &n)
                       : obj_is(a.v[1], &bytes_type) || obj_is(a.v[1], &bytearray_type)
                           ? (const void *)bytes_data(a.v[1], &n)
                           : NULL;
    if (!data)
        return exc_raise(&type_error_type, "file data must be bytes or str, not %T", a.v[1]);
    int rc = core_boot->file_write(name, data, (uint32_t)n);
    return rc < 0 ? file_error(rc, name) : V_NONE;
}

/* monty.file_delete(name) */
static Value mod_file_delete(ArgVec a) {
    char name[40];
    if (!arg_name(a, 0, name, sizeof name))
        return V_ERR;
    int rc = core_boot->file_delete(name);
    return rc < 0 ? file_error(rc, name) : V_NONE;
}

static int list_one(void *arg, const char *name, uint32_t size, uint32_t mtime) {
    (void)size;
    (void)mtime;
    Value *list = arg;
    Value s = str_new(name, strlen(name));
    return s == V_ERR || list_append(*list, s) < 0 ? -1 : 0;
}

/* monty.files() -> sorted list of the MRFS file names */
static Value mod_files(ArgVec a) {
    (void)a;
    Value list = list_new(0, NULL);
    if (list == V_ERR)
        return V_ERR;
    root_push(v_to_ptr(list));
    int rc = core_boot->file_list(list_one, &list);
    root_pop(1);
    if (rc < 0)
        return V_ERR;
    return list_sort(list, V_NONE, false) < 0 ? V_ERR : list;
}

/* monty.reset(): a board reset (natively the program starts again) */
static Value mod_reset(ArgVec a) {
    (void)a;
    core_boot->reset();
    return V_NONE;
}

static const CoreFunc monty_funcs[] = {
    {"devs_reload", mod_devs_reload},
    {"core_counter", mod_core_counter},
    {"file_read", mod_file_read},
    {"file_write", mod_file_write},
    {"file_delete", mod_file_delete},
    {"files", mod_files},
    {"reset", mod_reset},
    {0, 0},
};
static const CoreModule monty_module = {"monty", monty_funcs};
#endif

static int init(const BootApi *boot, const void *unused) {
    (void)unused;
    core_boot = boot;
    boot->log("hello from core\n");
    void *pool;
    size_t size;
    boot->ram_free(&pool, &size);
    boot->log("  gc pool %08x..%08x (%u bytes)\n", (unsigned)(uintptr_t)pool,
              (unsigned)((uintptr_t)pool + size), (unsigned)size);
#if MONTY_INTERP
    vm_host.boot = boot;
    vm_host.find_module = find_module;
    if (vm_init(&vm_host, pool, size) < 0)
        return -1;
    vm_register_module(&monty_module, 0);
#else
    gc_init(pool, size);
#endif
    load_devs(); /* a missing or refused devs is reported; core goes on */
    return 0;
}


#if !MONTY_INTERP
/* Without the interpreter: the self-check.  argv may ask for a devs
 * replacement: "swap=SOURCE". */
static int run_selfcheck(int argc, char **argv) {
    core_devs_probe();
    for (int i = 0; i < argc; i++)
        if (!strncmp(argv[i], "swap=", 5)) {
            int rc = core_devs_reload(argv[i] + 5);
            if (rc < 0)
                core_boot->printf("devs reload failed (%d)\n", rc);
            core_devs_probe();
        }
    return 0;
}
#endif

#if MONTY_INTERP
static const char *script_dir;
static size_t script_dir_len;

/* an MRFS file NAME + ext, in place */
static int find_file(const char *name, const char *ext, const uint8_t **data, size_t *len) {
    char fname[40];
    size_t n = strlen(name), e = strlen(ext);
    uint32_t size;
    if (n + e >= sizeof fname)
        return -1;
    memcpy(fname, name, n);
    memcpy(fname + n, ext, e + 1);
    if (core_boot->file_find(fname, data, &size) < 0)
        return -1;
    *len = size;
    return 0;
}

/* modules: natively NAME.py beside the script first; then from MRFS,
 * NAME.mpy (compiled, run in place from flash) or NAME.py (source) */
static int find_module(const char *name, const uint8_t **data, size_t *len, int *is_source) {
    char path[256];
    size_t n = strlen(name);
    if (script_dir && script_dir_len + n + 4 < sizeof path) {
        memcpy(path, script_dir, script_dir_len);
        memcpy(path + script_dir_len, name, n);
        memcpy(path + script_dir_len + n, ".py", 4);
        const char *src;
        if (core_boot->host_file(path, &src, len) == 0) {
            *data = (const uint8_t *)src;
            *is_source = 1;
            return 0;
        }
    }
    *is_source = 0;
    if (find_file(name, ".mpy", data, len) == 0)
        return 0;
    *is_source = 1;
    return find_file(name, ".py", data, len);
}

static int run(int argc, char **argv) {
    /* vm_init kept a pointer to vm_host: sys.argv comes from here */
    vm_host.argc = argc;
    vm_host.argv = argv;
    const char *src;
    size_t n;
    if (argc > 0 && core_boot->host_file(argv[0], &src, &n) == 0) {
        const char *slash = strrchr(argv[0], '/');
        script_dir = argv[0];
        script_dir_len = slash ? (size_t)(slash - argv[0] + 1) : 0;
        return vm_run_source(src, n, argv[0]);
    }
    /* boards: the start-up module `main` from MRFS */
    const uint8_t *img;
    size_t len;
    const char *fn = argc > 0 ? argv[0] : "main.py";
    if (find_file("main", ".mpy", &img, &len) == 0)
        return vm_run_image(img, len, fn);
    if (find_file("main", ".py", &img, &len) == 0)
        return vm_run_source((const char *)img, len, fn);
    core_boot->printf("core: no main module\n");
    return 1;
}
#else
static int run(int argc, char **argv) { return run_selfcheck(argc, argv); }
#endif

static void deinit(void) {
    unload_devs();
    gc_report(core_boot->log);
#if MONTY_INTERP
    vm_deinit();
#endif
    core_boot->log("goodbye from core\n");
}

const SegHeader core_segment SEG_SECTION = {
    SEG_LINK_FIELDS,
    .magic = SEG_MAGIC,
    .kind = SEG_CORE,
    .hdr_size = sizeof(SegHeader),
    .abi_boot = ABI_VERSION(BOOT_ABI_MAJOR, BOOT_ABI_MINOR),
    .abi_core = ABI_VERSION(CORE_ABI_MAJOR, CORE_ABI_MINOR),
    .build_id = BUILD_ID,
    .init = init,
    .run = run,
    .deinit = deinit,
    .exports = &core_api,
};
