/*
 * demo.c - the devs segment's demonstration module `demo`.
 *
 * Built twice: the normal image (DEVS_VARIANT 1) and a "rebuilt" one
 * (DEVS_VARIANT 2) whose demo.version() returns 2.  The tests swap the
 * second in while core runs and check that core's state survived.
 * Devs reaches core and boot only through the tables handed to init.
 */
#include "../boot/boot.h"
#include "../core/core.h"

#ifndef DEVS_VARIANT
#define DEVS_VARIANT 1
#endif
#ifndef BUILD_ID
#define BUILD_ID 0
#endif

static const BootApi *boot;
static const CoreApi *core;
static int calls; /* devs' own state: reset by every (re)load */

/* A buffer from core's malloc, as a wrapped third-party library would
 * hold: kept while devs is loaded, collectable after its unload. */
#define AREA_SIZE 4000
static uint8_t *area;

static Value demo_version(ArgVec a) {
    (void)a;
    calls++;
    return core->int_new(DEVS_VARIANT);
}

/* demo.calls(): how often version() ran since this devs was loaded */
static Value demo_calls(ArgVec a) {
    (void)a;
    return core->int_new(calls);
}

/* demo.add(a, b): a C function taking arguments, with error checking */
static Value demo_add(ArgVec a) {
    intptr_t x, y;
    if (a.n != 2)
        return core->raise(CORE_EXC_TYPE_ERROR, "add() takes 2 arguments");
    if (core->int_get(a.v[0], &x) < 0 || core->int_get(a.v[1], &y) < 0)
        return V_ERR;
    return core->int_new(x + y);
}

/* demo.area_ok(): the malloc'd area is there and intact */
static Value demo_area_ok(ArgVec a) {
    (void)a;
    int ok = area != 0;
    for (int i = 0; ok && i < AREA_SIZE; i++)
        ok = area[i] == (uint8_t)(i * 7 + DEVS_VARIANT);
    return ok ? V_TRUE : V_FALSE;
}

static const CoreFunc demo_funcs[] = {
    {"area_ok", demo_area_ok},
    {"version", demo_version},
    {"calls", demo_calls},
    {"add", demo_add},
    {0, 0},
};
static const CoreModule demo_module = {"demo", demo_funcs};
static const CoreModule *const modules[] = {&demo_module, 0};

static int init(const BootApi *b, const void *c) {
    boot = b;
    core = c;
    calls = 0;
    area = core->malloc(AREA_SIZE);
    for (int i = 0; area && i < AREA_SIZE; i++)
        area[i] = (uint8_t)(i * 7 + DEVS_VARIANT);
    boot->log("cheers from devs (variant %d)\n", DEVS_VARIANT);
    return 0;
}

static void deinit(void) { boot->log("bye from devs (variant %d)\n", DEVS_VARIANT); }

const SegHeader devs_segment SEG_SECTION = {
    SEG_LINK_FIELDS,
    .magic = SEG_MAGIC,
    .kind = SEG_DEVS,
    .hdr_size = sizeof(SegHeader),
    .abi_boot = ABI_VERSION(BOOT_ABI_MAJOR, BOOT_ABI_MINOR),
    .abi_core = ABI_VERSION(CORE_ABI_MAJOR, CORE_ABI_MINOR),
    .build_id = BUILD_ID + DEVS_VARIANT,
    .init = init,
    .deinit = deinit,
    .exports = modules,
};
