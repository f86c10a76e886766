/*
 * mod_sys.c - the sys, gc and time modules.
 */
#include "config.h"
#include "interp.h"

/* ---- sys ---- */

static Value sys_exit(ArgVec a) {
    if (arg_check(a, 0, 1, "exit") < 0) return V_ERR;
    return exc_raise_value(exc_new(&system_exit_type, (ArgVec){a.v, a.n, 0}));
}

void vm_print_exception(Value exc);

static Value sys_print_exception(ArgVec a) {
    vm_print_exception(a.v[0]);
    return V_NONE;
}

static Value sys_getrecursionlimit(ArgVec a) {
    (void)a;
    return v_from_int(MONTY_RECURSION_LIMIT);
}

static Value sys_exc_info(ArgVec a) {
    (void)a;
    Value h = vm.handled;
    if (h == V_NULL || h == V_NONE) {
        Value t[3] = {V_NONE, V_NONE, V_NONE};
        return tuple_new(3, t);
    }
    Value t[3] = {V(obj_type(h)), h, V_NONE};
    return tuple_new(3, t);
}

#define F(name, fn, min, max, fl) static const BuiltinFn bf_##name = {{&builtin_type.gc}, fn, Q_##name, min, max, (fl) | BF_STATIC};
F(exit, sys_exit, 0, 1, 0)
F(print_exception, sys_print_exception, 1, 2, 0)
F(getrecursionlimit, sys_getrecursionlimit, 0, 0, 0)
F(exc_info, sys_exc_info, 0, 0, 0)

extern const struct Stream stdout_stream, stderr_stream;

static const struct {
    OBJ_ALIGN GcObj hdr;
    uint32_t len;
    Value items[3];
} monty_version = {{&tuple_type.gc}, 3, {v_from_int_c(0), v_from_int_c(1), v_from_int_c(0)}},
  py_version = {{&tuple_type.gc}, 3, {v_from_int_c(3), v_from_int_c(11), v_from_int_c(0)}};

#define A(name, val) {Q_##name, (Value)(val)}
static const ModAttr impl_attrs[] = {
    A(name, v_from_qstr_c(Q_monty)),
    A(version, &monty_version),
};
static const ModDef mod_impl = {Q_implementation, 2, impl_attrs, NULL};

static const ModAttr sys_attrs[] = {
    A(byteorder, v_from_qstr_c(Q_little)),
    A(exc_info, &bf_exc_info),
    A(exit, &bf_exit),
    A(getrecursionlimit, &bf_getrecursionlimit),
    A(platform, v_from_qstr_c(Q_monty)),
    A(print_exception, &bf_print_exception),
    A(stderr, &stderr_stream),
    A(stdout, &stdout_stream),
    A(version, v_from_qstr_c(Q_version_str)),
    A(version_info, &py_version),
};

static int sys_init(Value mv) {
    Module *m = v_to_ptr(mv);
    if (dict_set(m->globals, QV(modules), vm.modules) < 0) return -1;
    Value argv = list_new(0, NULL);
    if (argv == V_ERR || dict_set(m->globals, QV(argv), argv) < 0) return -1;
    const VmHost *h = vm.host;
    for (int i = 0; h && i < h->argc; i++) {
        Value s = str_from_cstr(h->argv[i]);
        if (s == V_ERR || list_append(argv, s) < 0) return -1;
    }
    Value path = list_new(0, NULL);
    if (path == V_ERR || dict_set(m->globals, QV(path), path) < 0) return -1;
#if MONTY_BIGINT
    Value maxsize = int_from_intptr(INTPTR_MAX);
#else
    Value maxsize = v_from_int(SMALL_INT_MAX); /* the largest int there is */
#endif
    if (maxsize == V_ERR || dict_set(m->globals, QV(maxsize), maxsize) < 0) return -1;
    Value impl = module_new(QV(implementation), &mod_impl);
    if (impl == V_ERR || dict_set(m->globals, QV(implementation), impl) < 0) return -1;
    return 0;
}

const ModDef mod_sys = {Q_sys, sizeof sys_attrs / sizeof sys_attrs[0], sys_attrs, sys_init};

/* ---- gc ---- */

static bool gc_enabled = true;

static Value gc_collect_f(ArgVec a) {
    (void)a;
    gc_collect();
    return V_NONE;
}

static Value gc_mem_free(ArgVec a) {
    (void)a;
    GcStats s;
    gc_stats(&s);
    return int_from_uintptr(s.avail);
}

static Value gc_mem_alloc(ArgVec a) {
    (void)a;
    GcStats s;
    gc_stats(&s);
    return int_from_uintptr((uintptr_t)s.cur_obj_bytes + s.cur_vec_bytes);
}

/* prints the collector's report (the notes' three lines) on stdout */
static void report_out(const char *fmt, ...) {
    SB sb;
    if (sb_init(&sb) < 0) {
        exc_take();
        return;
    }
    /* the report uses a printf subset the VM printer shares */
    va_list ap;
    va_start(ap, fmt);
    char buf[160];
    size_t k = 0;
    for (const char *p = fmt; *p && k < sizeof buf - 24; p++) {
        if (*p != '%') {
            buf[k++] = *p;
            continue;
        }
        p++;
        int width = 0;
        while (*p >= '0' && *p <= '9') width = width * 10 + (*p++ - '0');
        while (*p == 'l') p++;
        char tmp[24];
        int n = 0;
        if (*p == 's') {
            const char *s = va_arg(ap, const char *);
            while (*s && k < sizeof buf - 24) buf[k++] = *s++;
            continue;
        }
        if (*p == 'd' || *p == 'u' || *p == 'x') {
            unsigned long u;
            bool neg = false;
            if (*p == 'd') {
                int d = va_arg(ap, int);
                neg = d < 0;
                u = neg ? (unsigned long)-(long)d : (unsigned long)d;
            } else {
                u = va_arg(ap, unsigned);
            }
            unsigned base = *p == 'x' ? 16 : 10;
            do {
                tmp[n++] = "0123456789abcdef"[u % base];
                u /= base;
            } while (u);
            if (neg) tmp[n++] = '-';
            for (int w = n; w < width; w++) buf[k++] = ' ';
            while (n) buf[k++] = tmp[--n];
            continue;
        }
        if (*p == '%') buf[k++] = '%';
    }
    va_end(ap);
    const struct BootApi *b = vm.host ? vm.host->boot : NULL;
    if (b) b->write(buf, k);
    sb_abandon(&sb);
}

static Value gc_stats_f(ArgVec a) {
    (void)a;
    gc_report(report_out);
    return V_NONE;
}

static Value gc_enable(ArgVec a) {
    (void)a;
    gc_enabled = true;
    gc_set_threshold(0);
    return V_NONE;
}

static Value gc_disable(ArgVec a) {
    (void)a;
    gc_enabled = false;
    return V_NONE;
}

static Value gc_isenabled(ArgVec a) {
    (void)a;
    return v_from_bool(gc_enabled);
}

static Value gc_threshold_f(ArgVec a) {
    if (a.n) {
        intptr_t n;
        if (int_get(a.v[0], &n) < 0) return V_ERR;
        gc_set_threshold(n < 0 ? 0 : (size_t)n);
    }
    return V_NONE;
}

F(collect, gc_collect_f, 0, 1, 0)
F(mem_free, gc_mem_free, 0, 0, 0)
F(mem_alloc, gc_mem_alloc, 0, 0, 0)
F(stats, gc_stats_f, 0, 0, 0)
F(enable, gc_enable, 0, 0, 0)
F(disable, gc_disable, 0, 0, 0)
F(isenabled, gc_isenabled, 0, 0, 0)
F(threshold, gc_threshold_f, 0, 1, 0)

static const ModAttr gc_attrs[] = {
    A(collect, &bf_collect),
    A(disable, &bf_disable),
    A(enable, &bf_enable),
    A(isenabled, &bf_isenabled),
    A(mem_alloc, &bf_mem_alloc),
    A(mem_free, &bf_mem_free),
    A(stats, &bf_stats),
    A(threshold, &bf_threshold),
};

const ModDef mod_gc = {Q_gc, sizeof gc_attrs / sizeof gc_attrs[0], gc_attrs, NULL};

/* ---- time (minimal: ticks and sleeping) ---- */

static uint32_t ticks(void) {
    const struct BootApi *b = vm.host ? vm.host->boot : NULL;
    return b && b->ticks_ms ? b->ticks_ms() : 0;
}

static Value time_ticks_ms(ArgVec a) {
    (void)a;
    return int_from_uintptr(ticks() & (uint32_t)SMALL_INT_MAX);
}

static Value time_ticks_diff(ArgVec a) {
    intptr_t x, y;
    if (int_get(a.v[0], &x) < 0 || int_get(a.v[1], &y) < 0) return V_ERR;
    return int_from_intptr(x - y);
}

/* Sleeps; a Ctrl-C ends it early (the boards' delay_ms returns when one
 * arrives) with KeyboardInterrupt raised here, as CPython raises it from
 * inside time.sleep, not at the interpreter's next poll. */
static Value sleep_ms(intptr_t ms) {
    const struct BootApi *b = vm.host ? vm.host->boot : NULL;
    if (ms > 0 && b && b->delay_ms) b->delay_ms((uint32_t)ms);
    if (b && b->interrupted && b->interrupted())
        return exc_raise_value(exc_new(&keyboard_interrupt_type, (ArgVec){NULL, 0, 0}));
    return V_NONE;
}

static Value time_sleep_ms(ArgVec a) {
    intptr_t ms;
    if (int_get(a.v[0], &ms) < 0) return V_ERR;
    return sleep_ms(ms);
}

static Value time_sleep(ArgVec a) {
    intptr_t ms;
#if MONTY_FLOAT
    double d;
    if (float_coerce(a.v[0], &d) < 0) return V_ERR;
    ms = (intptr_t)(d * 1000.0);
#else
    if (int_get(a.v[0], &ms) < 0) return V_ERR;
    ms *= 1000;
#endif
    return sleep_ms(ms);
}

static Value time_time(ArgVec a) {
    (void)a;
#if MONTY_FLOAT
    return float_new(ticks() / 1000.0);
#else
    return int_from_uintptr(ticks() / 1000);
#endif
}

F(ticks_ms, time_ticks_ms, 0, 0, 0)
F(ticks_diff, time_ticks_diff, 2, 2, 0)
F(sleep_ms, time_sleep_ms, 1, 1, 0)
F(sleep, time_sleep, 1, 1, 0)
F(time, time_time, 0, 0, 0)

static const ModAttr time_attrs[] = {
    A(sleep, &bf_sleep),
    A(sleep_ms, &bf_sleep_ms),
    A(ticks_diff, &bf_ticks_diff),
    A(ticks_ms, &bf_ticks_ms),
    A(time, &bf_time),
};

const ModDef mod_time = {Q_time, sizeof time_attrs / sizeof time_attrs[0], time_attrs, NULL};

