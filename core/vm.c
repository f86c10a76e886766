/*
 * vm.c - the VM life cycle: vm_init, running __main__, uncaught
 * exceptions and exit status, the collector's roots.
 */
#include "config.h"
#include "interp.h"
#if MONTY_COMPILER
#include "compiler/compiler.h"
#endif

void vm_mark_frames(void);
void vm_print_exception(Value exc);
Value vm_compile(const char *src, size_t len, const char *filename, int mode);
Value vm_load_image(const uint8_t *img, size_t len, Value owner, Value globals, Unit **out);

Vm vm;

/* (re)allocates the MemoryError reserve when there is room */
void vm_take_reserve(void) {
    if (vm.reserve != V_NULL) return;
    void *r = gc_alloc(&bytes_type.gc, sizeof(Bytes) + MONTY_MEM_RESERVE);
    if (r) {
        ((Bytes *)r)->len = MONTY_MEM_RESERVE;
        vm.reserve = V(r);
    }
}

static void mark_value(Value v) {
    if (v_is_obj(v)) gc_mark(v_to_ptr(v));
}

static void mark_roots(void *ctx) {
    (void)ctx;
    type_cache_flush(); /* its entries are not roots: dead classes go */
    vm_mark_frames();
    for (uint16_t i = 0; i < vm_nroots; i++) gc_mark(vm_roots[i]);
    mark_value(vm.exc);
    mark_value(vm.handled);
    mark_value(vm.modules);
    mark_value(vm.builtins);
    mark_value(vm.main_globals);
    mark_value(vm.reserve);
    qstr_mark();
    /* the preallocated MemoryError lives outside the heap */
    Exc *me = &memory_error_instance;
    gc_mark_vec(&me->tb);
    for (uint16_t i = 0; i < me->ntb; i++) gc_mark(((TbEntry *)me->tb.ptr)[i].code);
    mark_value(me->context);
    mark_value(me->cause);
    dc_mark(&me->attrs);
}

int vm_init(const VmHost *host, void *pool, size_t pool_size) {
    gc_init(pool, pool_size);
    memset(&vm, 0, sizeof vm);
    vm.host = host;
    vm.exc = V_NULL;
    vm.handled = V_NONE;
    vm.modules = V_NULL;
    vm.builtins = V_NULL;
    vm.main_globals = V_NULL;
    vm.reserve = V_NULL;
    vm.poll = MONTY_POLL_INTERVAL;
    vm_cdepth = 0;
    vm_nroots = 0;
    repr_reset();
    qstr_init();
    memset(&memory_error_instance, 0, sizeof memory_error_instance);
    memory_error_instance.hdr.type = &memory_error_type.gc;
    memory_error_instance.args = V_EMPTY_TUPLE;
    memory_error_instance.cause = memory_error_instance.context = memory_error_instance.value = V_NONE;
    gc_add_roots(mark_roots, NULL);
    /* Collect well before the pool is full: objects never move, so garbage
     * left to pile up lets object space grow down and a long-lived object
     * allocated late can pin it low, leaving vectors no room to grow. */
    gc_set_threshold(pool_size / 4);
    vm_take_reserve();
    vm.modules = dict_new();
    if (vm.modules == V_ERR) return -1;
    vm.builtins = module_new(QV(builtins), &mod_builtins);
    if (vm.builtins == V_ERR) return -1;
    if (dict_set(vm.modules, QV(builtins), vm.builtins) < 0) return -1;
    return 0;
}

/* exit status for an uncaught exception, printing it as CPython does */
static int uncaught(void) {
    Value e = exc_take();
    if (obj_isinstance(e, &system_exit_type)) {
        Value code = ((Exc *)v_to_ptr(e))->value;
        if (tuple_p(((Exc *)v_to_ptr(e))->args)->len == 0 || code == V_NONE) return 0;
        if (v_is_int(code)) return (int)v_to_int(code);
        /* sys.exit("message"): printed on stderr, status 1 */
        root_push(v_to_ptr(e));
        Value s = obj_str(code);
        root_pop(1);
        const struct BootApi *b = vm.host ? vm.host->boot : NULL;
        if (s != V_ERR && b) {
            size_t n;
            const char *d = str_data(s, &n);
            b->write_err(d, n);
            b->write_err("\n", 1);
        }
        if (exc_pending()) exc_take();
        return 1;
    }
    vm_print_exception(e);
    return 1;
}

static Value main_module(const char *filename) {
    Value mv = module_new(QV(__main__), NULL);
    if (mv == V_ERR) return mv;
    root_push(v_to_ptr(mv));
    Module *m = v_to_ptr(mv);
    Value fn = str_from_cstr(filename);
    int r = fn == V_ERR ? -1 : dict_set(m->globals, QV(__file__), fn);
    if (r == 0) r = dict_set(m->globals, QV(__builtins__), vm.builtins);
    if (r == 0) r = dict_set(vm.modules, QV(__main__), mv);
    root_pop(1);
    if (r < 0) return V_ERR;
    vm.main_globals = m->globals;
    return mv;
}

static int run_main(const uint8_t *img, size_t len, Value owner, const char *filename) {
    root_push(v_is_obj(owner) ? v_to_ptr(owner) : NULL);
    Value mv = main_module(filename);
    Value r = mv;
    if (r != V_ERR) {
        Unit *u;
        r = vm_load_image(img, len, owner, ((Module *)v_to_ptr(mv))->globals, &u);
        if (r != V_ERR) r = vm_run_unit(u);
    }
    root_pop(1);
    if (r == V_ERR) return uncaught();
    return 0;
}

int vm_run_image(const uint8_t *img, size_t len, const char *filename) {
    return run_main(img, len, V_NULL, filename);
}

int vm_run_source(const char *src, size_t len, const char *filename) {
#if MONTY_COMPILER
    Value img = vm_compile(src, len, filename, COMPILE_EXEC);
    if (img == V_ERR) {
        Value e = exc_peek();
        if (obj_isinstance(e, &syntax_error_type)) {
            /* CPython's shape: the location, then "SyntaxError: msg" */
            Exc *x = v_to_ptr(e);
            Tuple *args = tuple_p(x->args);
            const struct BootApi *b = vm.host ? vm.host->boot : NULL;
            if (b && args->len == 2 && obj_is(args->items[1], &tuple_type)) {
                Tuple *d = tuple_p(args->items[1]);
                /* on the error stream, as the rest of the report */
                char num[24], *q = num + sizeof num;
                uintptr_t line = (uintptr_t)v_to_int(d->items[1]);
                do *--q = (char)('0' + line % 10); while ((line /= 10) != 0);
                b->write_err("  File \"", 8);
                b->write_err(filename, strlen(filename));
                b->write_err("\", line ", 8);
                b->write_err(q, (size_t)(num + sizeof num - q));
                b->write_err("\n", 1);
                exc_take();
                size_t n;
                const char *m = str_data(args->items[0], &n);
                const char *tn = obj_isinstance(e, &indentation_error_type) ? "IndentationError: " : "SyntaxError: ";
                b->write_err(tn, strlen(tn));
                b->write_err(m, n);
                b->write_err("\n", 1);
                return 1;
            }
        }
        return uncaught();
    }
    size_t n;
    const uint8_t *d = bytes_data(img, &n);
    return run_main(d, n, img, filename);
#else
    (void)src;
    (void)len;
    (void)filename;
    const struct BootApi *b = vm.host ? vm.host->boot : NULL;
    if (b) b->write_err("core: no compiler in this build\n", 32);
    return 1;
#endif
}

void vm_deinit(void) {
    vm.frame = NULL;
    vm.exc = V_NULL;
}

