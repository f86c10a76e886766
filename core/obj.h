/*
 * obj.h - core's object model (docs/objects.md).
 *
 * Every object starts with a GcObj header whose `type` points at the
 * GcType embedded in a Type descriptor.  Built-in types are const Type
 * structs in flash; classes are Type structs allocated in the GC heap.
 * A Type is itself an object: its first word is its own header (the type
 * of the type, i.e. `type`), followed by the GcType its instances point at:
 *
 *     object:  [ &T->gc | fields ... ]
 *     Type T:  [ &type_type.gc | GcType gc {name, mark, finalise} | slots ]
 *
 * so obj_type() is one subtraction of a constant.
 *
 * Conventions:
 *  - Functions returning Value return V_ERR after raising (the exception
 *    is pending in the VM, see exc_*).  Functions returning int return 0
 *    (or a non-negative result) on success and -1 after raising.
 *  - "may allocate" means: may collect and compact, so raw pointers into
 *    vectors must be re-derived afterwards and unrooted objects may be
 *    freed.  Arguments passed in are assumed rooted by the caller.
 *  - Objects are 8-byte aligned (value tags), so constant objects in
 *    flash are declared with OBJ_ALIGN.
 */
#ifndef MONTY_OBJ_H
#define MONTY_OBJ_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "config.h"
#include "gc.h"
#include "value.h"

#define OBJ_ALIGN _Alignas(8)

/* more special constants (value.h reserves 0..4) */
#define V_NOTIMPL V_SPECIAL(8)  /* NotImplemented */
#define V_ELLIPSIS V_SPECIAL(9) /* Ellipsis / ... */
#define V_DELETE V_SPECIAL(10)  /* internal: "delete" in subscr/attr slots */
#define V_SPECIAL_COUNT 11

/* constant-expression forms of the encoders, for static tables */
#define v_from_int_c(i) ((Value)(((uintptr_t)(i) << 1) | 1u))
#define v_from_qstr_c(q) ((Value)(((uintptr_t)(q) << 3) | V_TAG_QSTR))

/* gc_malloc owner ids used by core (devs is 1, see core.c) */
#define VM_COMPILER_OWNER 2

typedef struct Type Type;
typedef struct Printer Printer;

/* ---- operator codes (unop / binop slots) ------------------------------ */
enum {
    /* binary: the order is the order of the dunder tables in type.c */
    OPR_ADD, OPR_SUB, OPR_MUL, OPR_TRUEDIV, OPR_FLOORDIV, OPR_MOD, OPR_POW,
    OPR_LSHIFT, OPR_RSHIFT, OPR_AND, OPR_OR, OPR_XOR, OPR_MATMUL,
    OPR__ARITH,
    /* comparisons */
    OPR_LT = OPR__ARITH, OPR_LE, OPR_EQ, OPR_NE, OPR_GT, OPR_GE,
    OPR_CONTAINS, /* binop(OPR_CONTAINS, container, item) */
    OPR__COUNT,
    /* flags or-ed into arithmetic ops */
    OPR_INPLACE = 0x20,   /* a += b: may mutate a; NOTIMPL falls back */
    OPR_REFLECTED = 0x40, /* called on type(b) after type(a) said NOTIMPL */
};
enum {
    UN_NEG, UN_POS, UN_INVERT, UN_ABS, UN_BOOL, UN_LEN, UN_HASH,
    UN_INT, UN_FLOAT, UN_INDEX,
    UN__COUNT
};

/* ---- type descriptor --------------------------------------------------- */
enum {
    TF_BASETYPE = 1,  /* may be subclassed */
    TF_HEAP = 2,      /* a class (Type allocated in the heap) */
    TF_EXC = 4,       /* instances have the Exc layout */
    TF_INST = 8,      /* instances have the Inst layout (class of object) */
    TF_NATIVE = 16,   /* class with a built-in base other than object/exc:
                         instances are Inst with a native sub-object */
    TF_HAS_GETATTR = 32, /* class defines __getattr__ */
    TF_HAS_SETATTR = 64, /* class defines __setattr__ or __delattr__ */
    TF_ITERSELF = 128,   /* iter(x) is x (iterators) */
    TF_HAS_DESCR = 256,  /* class has property/data descriptors anywhere */
};

/* A built-in function or method, constant in flash (or allocated for devs
 * modules).  Calling convention: CFunc(ArgVec); methods get self as v[0]. */
enum {
    BF_KW = 1,        /* accepts keyword arguments (else TypeError) */
    BF_CLASS = 2,     /* classmethod: v[0] is the type */
    BF_STATIC = 4,    /* no self: staticmethods and module functions (never bound, as in CPython) */
    BF_VAR = 8,       /* any number of positional args (max ignored) */
};
typedef struct BuiltinFn {
    OBJ_ALIGN GcObj hdr; /* &builtin_type.gc */
    CFunc fn;
    uint16_t name;     /* qstr */
    uint8_t min, max;  /* positional argument counts, self included */
    uint8_t flags;
} BuiltinFn;

typedef int (*PrintFn)(Printer *p, Value v, bool repr);
typedef Value (*UnopFn)(int op, Value a);
typedef Value (*BinopFn)(int op, Value a, Value b);
/* get: val == V_NULL; delete: val == V_DELETE; else store (returns V_NONE) */
typedef Value (*AttrFn)(Value self, Value name, Value val);
typedef Value (*SubscrFn)(Value self, Value key, Value val);
typedef Value (*CallFn)(Value self, ArgVec a);
typedef Value (*NewFn)(const Type *t, ArgVec a);
/* next: the next item, V_NULL when exhausted (no StopIteration), V_ERR */
typedef Value (*NextFn)(Value it);

struct Type {
    OBJ_ALIGN GcObj hdr; /* type of this type: &type_type.gc */
    GcType gc;           /* what instances' headers point at */
    uint16_t name;       /* qstr */
    uint16_t flags;      /* TF_* */
    const Type *base;    /* built-in base (object_type at the root) */
    /* built-in methods, sorted by name (qstr index order = name order) */
    const BuiltinFn *methods;
    uint16_t nmethods;
    uint16_t inst_size;  /* classes: bytes of an instance */
    PrintFn print;
    UnopFn unop;
    BinopFn binop;
    AttrFn attr;         /* NULL: generic lookup; returns V_NULL to defer */
    SubscrFn subscr;
    CallFn call;
    NewFn make_new;
    UnopFn iter;         /* iter(self): called with op 0 */
    NextFn next;
    /* classes only (V_NULL for built-ins): */
    Value dict;          /* the class namespace (a Dict) */
    Value bases;         /* tuple of direct bases */
    Value mro;           /* tuple, self first, ending with object */
    uint16_t inst_attrs; /* heap classes: most attributes an instance has had (class_alloc reserves them) */
};

#define TYPE_OF_GC(g) ((const Type *)(const void *)((const char *)(g) - offsetof(Type, gc)))

/* ---- the core types ---------------------------------------------------- */
extern const Type type_type, object_type, none_type, bool_type, int_type,
    str_type, bytes_type, bytearray_type, tuple_type, list_type, dict_type,
    set_type, frozenset_type, range_type, slice_type, builtin_type,
    function_type, method_type, cell_type, gen_type, module_type,
    notimpl_type, ellipsis_type, code_type, property_type,
    staticmethod_type, classmethod_type, super_type, seqiter_type,
    dictview_type, dictiter_type, enumerate_type, zip_type, map_type,
    filter_type, reversed_type, calliter_type, striter_type, stream_type;
#if MONTY_FLOAT
extern const Type float_type;
#endif
#if MONTY_BIGINT
extern const Type bigint_type; /* internal: int values outside the small range */
#endif

extern const Type *const special_types[V_SPECIAL_COUNT];

static inline const Type *obj_type_of_obj(const void *o) {
    return TYPE_OF_GC(((const GcObj *)o)->type);
}
/* the type of any value; obj_type_inl for the hot paths */
static inline __attribute__((always_inline)) const Type *obj_type_inl(Value v) {
    if (v_is_obj(v)) return obj_type_of_obj(v_to_ptr(v));
    if (v_is_int(v)) return &int_type;
    if (v_is_qstr(v)) return &str_type;
    return special_types[(v >> 3) < V_SPECIAL_COUNT ? (v >> 3) : 0];
}
const Type *obj_type(Value v);
bool obj_is(Value v, const Type *t);           /* exactly of type t */
bool type_is_sub(const Type *t, const Type *base);
bool obj_isinstance(Value v, const Type *t);   /* of type t or a subtype */
/* allocate a zeroed object of type t (bytes includes the header);
 * raises MemoryError and returns NULL when full.  May allocate. */
void *obj_alloc(const Type *t, size_t bytes);
#define V(p) v_from_ptr(p)
/* copies n Values; n may be 0 with NULL pointers (empty lists, no args) */
static inline void vcopy(Value *d, const Value *s, size_t n) {
    if (n) memcpy(d, s, n * sizeof(Value));
}

/* ---- qstr: interned strings (qstr.c) ----------------------------------- */
#include "qstrs.h" /* enum of the built-in qstrs Q_xxx, in name order */

/* Interns s[0..n): returns its qstr index, or -1 with MemoryError.
 * `stable` means s stays valid and unchanged for ever (flash): the table
 * then points at it instead of copying.  May allocate. */
int32_t qstr_intern(const char *s, size_t n, bool stable);
/* looks up without interning: index or -1 */
int32_t qstr_find(const char *s, size_t n);
const char *qstr_str(uint32_t q, size_t *len);
uint32_t qstr_hash(uint32_t q);
static inline Value q_(uint32_t q) { return v_from_qstr(q); }
#define QV(name) v_from_qstr(Q_##name)
void qstr_init(void);
Value qstr_char_value(unsigned c);  /* one-char str of printable ASCII, else 0 */
void qstr_mark(void);

/* the string hash shared by qstrs and str objects (16 bits) */
uint32_t str_hash_bytes(const char *s, size_t n);

/* ---- Printer: streaming output for repr/str/print ---------------------- */
struct Printer {
    /* returns 0, or -1 after raising (e.g. MemoryError) */
    int (*write)(Printer *p, const char *s, size_t n);
    /* for string builders: */
    GcVec *buf;
    size_t len;
};
int pr_str(Printer *p, const char *s);
int pr_mem(Printer *p, const char *s, size_t n);
/* %s C string, %d int, %u unsigned, %x hex, %c char, %q qstr index,
 * %v str() of a Value, %r repr() of a Value, %T type name of a Value,
 * %% percent */
int pr_fmt(Printer *p, const char *fmt, ...);
int pr_vfmt(Printer *p, const char *fmt, va_list ap);
int obj_print(Printer *p, Value v, bool repr);

/* A string builder: a GcVec owned by a rooted holder object (StrBuf),
 * finished into a str. */
typedef struct StrBuf {
    GcObj hdr;
    GcVec v;
} StrBuf;
/* creates a builder object (rooted with gc_push by the caller) */
typedef struct SB {
    Printer p;
    StrBuf *holder;
} SB;
int sb_init(SB *sb);      /* pushes a temp root; -1 on MemoryError */
Value sb_finish(SB *sb);  /* pops the root; returns a str (or V_ERR) */
Value sb_finish_bytes(SB *sb, const Type *t);
void sb_abandon(SB *sb);  /* pops the root */

/* ---- str (str.c) --------------------------------------------------------- */
/* A str object holds UTF-8 inline; qstr values are also str. */
typedef struct Str {
    GcObj hdr;
    uint32_t len;      /* bytes */
    uint16_t hash;     /* valid when flags & STR_HASHED */
    uint8_t flags;     /* STR_*: what is known about the text */
    uint8_t unused_;
    char data[];       /* len bytes + NUL */
} Str;
/* Str.flags; the code-point count is not stored: ASCII texts (the common
 * case) index directly, others count (as MicroPython) */
#define STR_HASHED 1
#define STR_ASCII_KNOWN 2
#define STR_ASCII 4
Value str_new(const char *s, size_t n);       /* may allocate; V_ERR */
Value str_new_raw(size_t n, char **data);     /* uninitialised, NUL added */
Value str_from_cstr(const char *s);
Value str_intern_value(Value s);              /* str -> qstr if possible */
Value str_intern_small(Value v);              /* "" and 1-char results shared */
static inline bool str_is(Value v) { return v_is_qstr(v) || obj_isinstance(v, &str_type); }
/* data of a str value (qstr or object); NULL if not a str */
const char *str_data(Value v, size_t *len);
size_t utf8_count(const char *s, size_t n);
bool str_eq(Value a, Value b);   /* both str */
Value str_format_percent(Value fmt, Value args);     /* fmt % args */
Value bytes_format_percent(Value fmt, Value args);   /* bytes/bytearray % args */
Value str_format_method(ArgVec a);                   /* fmt.format(...) */
Value str_join(Value sep, Value iterable);
int str_cmp(Value a, Value b);
Value str_decode_utf8(const char *s, size_t n);      /* validates */
/* repr of a C string into p */
int str_print_repr(Printer *p, const char *s, size_t n, bool ascii);

/* ---- bytes / bytearray (bytes.c) ----------------------------------------- */
typedef struct Bytes {
    GcObj hdr;
    uint32_t len;
    uint32_t hash;
    uint8_t data[];
} Bytes;
typedef struct ByteArray {
    GcObj hdr;
    GcVec v;
    uint32_t len;
} ByteArray;
Value bytes_new(const void *s, size_t n);
Value bytearray_new(const void *s, size_t n);
/* data of bytes/bytearray (pointer valid until the next allocation) */
const uint8_t *bytes_data(Value v, size_t *len);
int bytearray_append(Value ba, const void *s, size_t n);
/* get a buffer from bytes-like / iterable of ints (bytes(x) semantics) */
Value bytes_from_value(const Type *t, Value x);
Value bytes_snapshot(Value v);  /* immutable copy (bytearray data may move) */

/* ---- int (int.c, bigint.c) ------------------------------------------------ */
Value int_from_intptr(intptr_t i);            /* may allocate a big int */
Value int_from_uintptr(uintptr_t u);
Value int_from_i64(int64_t i);
Value int_from_u64(uint64_t u);
/* 0 and *out, or -1 with OverflowError/TypeError pending */
int int_get(Value v, intptr_t *out);
int int_get_i64(Value v, int64_t *out);
int int_get_count(Value v, intptr_t *out);     /* sizes: huge -> MemoryError */
bool int_is(Value v);                          /* int or bool or bigint */
Value int_binop(int op, Value a, Value b);
Value int_parse(const char *s, size_t n, int base); /* int("...") */
int int_print(Printer *p, Value v, int base, bool prefix_upper);
Value int_to_str_base(Value v, int base);
int int_sign(Value v);
#if MONTY_BIGINT
typedef struct BigInt BigInt;
Value bigint_from_i64(int64_t i);
Value bigint_normalise(Value v);
Value bigint_binop(int op, Value a, Value b);
Value bigint_unop(int op, Value a);
int bigint_print(Printer *p, Value v, int base);
Value bigint_parse(const char *s, size_t n, int base);
int bigint_cmp(Value a, Value b);
int bigint_to_i64(Value v, int64_t *out);
double bigint_to_double(Value v, int *overflow);
Value bigint_from_double(double d);
Value bigint_hash(Value v);
Value bigint_to_bytes(Value v, size_t n, bool little, bool sign);
Value bigint_from_bytes(const uint8_t *b, size_t n, bool little, bool sign);
size_t bigint_bit_length(Value v);
#endif

/* ---- float (float.c) ------------------------------------------------------ */
#if MONTY_FLOAT
typedef struct Float {
    GcObj hdr;
    double d;
} Float;
Value float_new(double d);
static inline double float_get(Value v) { return ((Float *)v_to_ptr(v))->d; }
/* float(x) conversion of int/float/bool: 0 ok, -1 TypeError/OverflowError */
int float_coerce(Value v, double *out);
Value float_binop(int op, Value a, Value b);
Value float_op(int op, double x, double y);   /* OPR_* on two doubles */
Value float_parse(const char *s, size_t n);
int float_print(Printer *p, double d, bool repr);
Value float_hash(double d);
double float_pow(double x, double y); /* exact where the answer is (float.c) */
Value float_format(double d, Value spec);
#endif

/* ---- tuple (tuple.c) ------------------------------------------------------ */
typedef struct Tuple {
    OBJ_ALIGN GcObj hdr;
    uint32_t len;
    Value items[];
} Tuple;
Value tuple_new(size_t n, const Value *items);  /* items may be NULL: zeroed = V_NULL? no: V_NONE */
Value tuple_from_iter(Value it);
static inline Tuple *tuple_p(Value v) { return (Tuple *)v_to_ptr(v); }
extern const Tuple empty_tuple;
#define V_EMPTY_TUPLE V(&empty_tuple)

/* sequences (tuple.c): list and tuple share these */
const Value *seq_items(Value v, size_t *n);  /* list or tuple (or a subclass instance) */
int seq_print(Printer *p, Value self, const char *open, const char *close, bool tuple1);
Value seq_compare(int op, Value a, Value b);
Value seq_contains(Value self, Value x);
Value seq_count(Value self, Value x);
Value seq_count_iter(Value iterable, Value x);
Value seq_index(ArgVec a, const char *what);
Value seq_binop(int op, Value a, Value b, const Type *t);
Value seqiter_new(Value seq);

/* ---- list (list.c) -------------------------------------------------------- */
typedef struct List {
    GcObj hdr;
    GcVec v;         /* Value[cap] */
    uint32_t len;
} List;
Value list_new(size_t n, const Value *items);
int list_append(Value l, Value x);     /* may allocate */
int list_extend(Value l, Value iterable);
Value list_from_iter(Value it);
static inline List *list_p(Value v) { return (List *)v_to_ptr(v); }
static inline Value *list_items(Value v) { return (Value *)list_p(v)->v.ptr; }
int list_sort(Value l, Value key, bool reverse);

/* ---- dict / set (dict.c) -------------------------------------------------- *
 * An insertion-ordered hash map: entries (key, value) in order of insertion
 * plus an index table (uint8 or uint16 slots) once there are more than
 * DICT_LINEAR entries.  Deleted entries keep key == V_NULL until the next
 * resize.  DictCore is embedded in dicts, sets, classes and instances. */
typedef struct DictCore {
    GcVec v;          /* DictEntry[cap] then the index table */
    uint16_t used;    /* entries used, deleted included */
    uint16_t len;     /* live entries */
    uint16_t cap;     /* entry capacity */
    uint8_t hbits;    /* log2 of index slots, 0 = no index (linear scan) */
    uint8_t unused_;
} DictCore;
typedef struct DictEntry {
    Value key, val;
} DictEntry;
typedef struct Dict {
    GcObj hdr;
    DictCore d;
} Dict;
#define DICT_LINEAR 8
static inline DictEntry *dc_entries(const DictCore *d) { return (DictEntry *)d->v.ptr; }
/* lookup: the entry's value or V_NULL (not found) or V_ERR (raised by __eq__/__hash__) */
Value dc_get(DictCore *d, Value key);
/* fast path for qstr keys in attribute dicts: no __eq__ calls possible */
Value dc_get_q(const DictCore *d, Value qkey, uint16_t *hint);
int dc_set(DictCore *d, Value key, Value val);     /* may allocate */
/* appends qkey (a qstr; checked absent) without allocating: false when the
 * table is full or indexed, or qkey is there */
bool dc_append_q(DictCore *d, Value qkey, Value val);
int dc_reserve(DictCore *d, size_t n); /* room for n entries; -1 MemoryError */
/* remove: the old value, V_NULL if absent, V_ERR */
Value dc_del(DictCore *d, Value key);
void dc_clear(DictCore *d);
void dc_mark(DictCore *d);
int dc_copy(DictCore *dst, const DictCore *src);  /* dst empty */
/* iteration: *pos starts at 0; returns false at the end */
bool dc_next(const DictCore *d, size_t *pos, DictEntry **e);
Value dict_new(void);
static inline Dict *dict_p(Value v) { return (Dict *)v_to_ptr(v); }
Value dict_get(Value d, Value key);   /* V_NULL absent, V_ERR */
int dict_set(Value d, Value key, Value val);
int dict_set_q(Value d, uint32_t q, Value val);
Value set_new(const Type *t);
Value set_from_iter(const Type *t, Value iterable);
Value dictiter_new(Value d, int kind);  /* kind 0 keys, 1 values, 2 items */
int set_add(Value s, Value x);
Value set_contains(Value s, Value x);  /* V_TRUE/V_FALSE/V_ERR */
int dict_update(Value d, Value other);

/* ---- range / slice -------------------------------------------------------- */
typedef struct Range {
    GcObj hdr;
    intptr_t start, stop, step;
} Range;
typedef struct Slice {
    GcObj hdr;
    Value start, stop, step;
} Slice;
Value slice_new(Value start, Value stop, Value step);
/* clamp a slice against a sequence of length len (CPython's
 * PySlice_GetIndicesEx); returns the count or -1 (raised) */
intptr_t slice_indices(Value sl, intptr_t len, intptr_t *start, intptr_t *stop, intptr_t *step);
typedef struct RangeIter {
    GcObj hdr;
    intptr_t cur, stop, step;
} RangeIter;
extern const Type rangeiter_type;
Value rangeiter_new(intptr_t start, intptr_t stop, intptr_t step);

/* ---- VaryVec (varyvec.c, MONTY_VARYVEC): variable-size byte items in one vector ---- */
#if MONTY_VARYVEC
Value varyvec_new(void);
size_t varyvec_len(Value v);
const uint8_t *varyvec_get(Value v, size_t i, size_t *len); /* valid until the next allocation */
int varyvec_insert(Value v, size_t i, const void *p, size_t n); /* may allocate; p not into v */
int varyvec_set(Value v, size_t i, const void *p, size_t n);    /* may allocate; p not into v */
void varyvec_remove(Value v, size_t i);
extern const Type varyvec_type;
#endif
#if MONTY_ARRAY
extern const Type array_type;
#endif

/* ---- functions, methods, cells, code --------------------------------------- */
typedef struct Code Code;
typedef struct Func {
    GcObj hdr;
    const Code *code;
    Value globals;     /* the module's globals Dict */
    Value defaults;    /* tuple or V_NULL */
    Value kwdefaults;  /* dict or V_NULL */
    Value closure;     /* tuple of cells or V_NULL */
    Value attrs;       /* dict for f.x = ... (V_NULL until used) */
} Func;
typedef struct Method {
    GcObj hdr;
    Value self, func;
} Method;
typedef struct Cell {
    GcObj hdr;
    Value v;           /* V_NULL when empty */
} Cell;
Value method_new(Value self, Value func);
Value cell_new(Value v);
typedef struct Wrapper {  /* staticmethod, classmethod, property */
    GcObj hdr;
    Value f, fset, fdel, doc;
} Wrapper;

/* ---- instances ---------------------------------------------------------------- */
typedef struct Inst {
    GcObj hdr;
    DictCore attrs;
    Value native;      /* TF_NATIVE classes: the built-in sub-object */
} Inst;
/* v itself unless an Inst with a native sub-object */
static inline Value inst_native(Value v) {
    if (!v_is_obj(v)) return v;
    const Type *t = obj_type_of_obj(v_to_ptr(v));
    return (t->flags & TF_NATIVE) ? ((Inst *)v_to_ptr(v))->native : v;
}

/* ---- modules --------------------------------------------------------------- */
typedef struct ModAttr {  /* constant attribute of a built-in module */
    uint16_t name;
    Value val;
} ModAttr;
typedef struct ModDef {
    uint16_t name;
    uint16_t nattrs;
    const ModAttr *attrs;            /* sorted by name */
    int (*init)(Value module);       /* fills RAM attributes; may be NULL */
} ModDef;
typedef struct Module {
    GcObj hdr;
    Value globals;     /* Dict */
    const ModDef *def; /* built-in modules: constant attributes */
    int owner;         /* devs owner id, 0 = core */
} Module;
Value module_new(Value name, const ModDef *def);
extern const ModDef mod_builtins;
Value builtins_lookup(Value name);

/* sys.stdout / sys.stderr */
typedef struct Stream {
    OBJ_ALIGN GcObj hdr;
    int fd;
} Stream;
extern const Stream stdout_stream, stderr_stream;

/* ---- exceptions (exc.c) ----------------------------------------------------- */
typedef struct Exc {
    GcObj hdr;
    Value args;        /* tuple */
    Value cause, context;
    GcVec tb;          /* TbEntry[] */
    uint16_t ntb;
    uint8_t suppress_context;
    uint8_t unused_;
    DictCore attrs;    /* subclass instances' attributes */
    Value value;       /* StopIteration.value, SystemExit.code */
} Exc;
typedef struct TbEntry {
    const Code *code;
    uint32_t line;
} TbEntry;

/* the exception classes (built-in Type descriptors with TF_EXC) */
#define EXC_LIST(X)                                                           \
    X(BaseException, base_exception, object)                                  \
    X(SystemExit, system_exit, base_exception)                                \
    X(KeyboardInterrupt, keyboard_interrupt, base_exception)                  \
    X(GeneratorExit, generator_exit, base_exception)                          \
    X(Exception, exception, base_exception)                                   \
    X(StopIteration, stop_iteration, exception)                               \
    X(ArithmeticError, arithmetic_error, exception)                           \
    X(FloatingPointError, floating_point_error, arithmetic_error)             \
    X(OverflowError, overflow_error, arithmetic_error)                        \
    X(ZeroDivisionError, zero_division_error, arithmetic_error)               \
    X(AssertionError, assertion_error, exception)                             \
    X(AttributeError, attribute_error, exception)                             \
    X(EOFError, eof_error, exception)                                         \
    X(ImportError, import_error, exception)                                   \
    X(ModuleNotFoundError, module_not_found_error, import_error)              \
    X(LookupError, lookup_error, exception)                                   \
    X(IndexError, index_error, lookup_error)                                  \
    X(KeyError, key_error, lookup_error)                                      \
    X(MemoryError, memory_error, exception)                                   \
    X(NameError, name_error, exception)                                       \
    X(UnboundLocalError, unbound_local_error, name_error)                     \
    X(OSError, os_error, exception)                                           \
    X(RuntimeError, runtime_error, exception)                                 \
    X(NotImplementedError, not_implemented_error, runtime_error)              \
    X(RecursionError, recursion_error, runtime_error)                         \
    X(StopAsyncIteration, stop_async_iteration, exception)                    \
    X(SyntaxError, syntax_error, exception)                                   \
    X(IndentationError, indentation_error, syntax_error)                      \
    X(TypeError, type_error, exception)                                       \
    X(ValueError, value_error, exception)                                     \
    X(UnicodeError, unicode_error, value_error)                               \
    X(UnicodeDecodeError, unicode_decode_error, unicode_error)                \
    X(UnicodeEncodeError, unicode_encode_error, unicode_error)                \
    X(Warning, warning, exception)                                            \
    X(UserWarning, user_warning, warning)                                     \
    X(DeprecationWarning, deprecation_warning, warning)                       \
    X(RuntimeWarning, runtime_warning, warning)

#define X(Name, cname, base) extern const Type cname##_type;
EXC_LIST(X)
#undef X

/* raising: set the pending exception, return V_ERR */
Value exc_raise(const Type *t, const char *fmt, ...);
Value exc_raise_value(Value exc);         /* instance or class */
Value exc_raise_no_mem(void);             /* the preallocated MemoryError */
Value exc_new(const Type *t, ArgVec a);
Value exc_new1(const Type *t, Value arg); /* one argument (or none: V_NULL) */
bool exc_pending(void);
Value exc_take(void);                      /* pending exception, cleared */
Value exc_peek(void);
bool exc_matches(Value exc, Value cls);    /* isinstance semantics; cls may be a tuple */
int exc_add_tb(Value exc, const Code *code, uint32_t line);
/* prints "Traceback..." + chain + "Type: msg" through the printer */
int exc_print_tb(Printer *p, Value exc);
int exc_print_line(Printer *p, Value exc);   /* "Type: msg" */
Value exc_type_error_unsupported(int op, Value a, Value b);
extern Exc memory_error_instance;

/* ---- generic operations (obj.c) ---------------------------------------------- */
Value obj_repr(Value v);              /* str value */
Value obj_str(Value v);
int obj_truth(Value v);               /* 0, 1, or -1 raised */
Value obj_hash(Value v);              /* small int or V_ERR */
Value obj_len(Value v);               /* small int or V_ERR */
intptr_t obj_len_int(Value v);        /* -1 raised */
Value obj_unop(int op, Value v);
Value obj_binop(int op, Value a, Value b);
Value obj_binop_after(int op, Value a, Value b); /* after a's forward method said NotImplemented */
Value obj_compare(int op, Value a, Value b);  /* bool value or V_ERR */
int obj_eq(Value a, Value b);         /* 0, 1, -1 */
Value obj_contains(Value container, Value item);
Value obj_getattr(Value o, Value name);        /* AttributeError */
Value obj_getattr_opt(Value o, Value name);    /* V_NULL if missing (no exception) */
/* with a lookup hint for instance dicts (the interpreter's caches) */
Value obj_getattr_hint(Value o, Value name, uint16_t *hint);
Value obj_getmethod_hint(Value o, Value name, Value *self_out, uint16_t *hint);
Value attr_error(Value o, Value name);          /* raises AttributeError */
int object_setattr(Value o, Value name, Value v);
int obj_setattr_hint(Value o, Value name, Value v, uint16_t *hint);
int type_setattr(Value cls, Value name, Value v);
Value type_new(const Type *meta, Value name, Value bases, Value ns);
Value type_new_kw(const Type *meta, Value name, Value bases, Value ns, ArgVec kw); /* + class keywords */
Value class_alloc(const Type *t, ArgVec a);     /* instance, __init__ not run */
Value class_init_func(const Type *t);           /* its __init__ or V_NULL */
int obj_setattr(Value o, Value name, Value v); /* v == V_DELETE deletes */
/* method lookup for calls: *self_out = o when the result is a function to
 * call with o prepended (no bound method created), else V_NULL */
Value obj_getmethod(Value o, Value name, Value *self_out);
Value obj_getitem(Value o, Value key);
int obj_setitem(Value o, Value key, Value v);  /* v == V_DELETE deletes */
Value obj_iter(Value o);
Value obj_next(Value it);             /* V_NULL at end, V_ERR */
/* add(target, x) for each item x of iterable src (target rooted by the
 * caller); 0, or -1 with the exception from iteration or add */
int obj_each(Value src, int (*add)(Value target, Value x), Value target);
Value obj_call(Value f, ArgVec a);    /* may run Python code (nested) */
Value obj_call0(Value f);
Value obj_call1(Value f, Value a);
Value obj_call2(Value f, Value a, Value b);
Value obj_call_method(Value o, uint32_t qname, int n, const Value *args);
bool obj_callable(Value v);
const char *obj_type_name(Value v);
Value obj_index(Value v);             /* __index__: int value or V_ERR */
/* Python-level sequence index: negative from the end, IndexError */
int obj_seq_index(Value idx, size_t len, size_t *out, const char *what);
Value type_lookup(const Type *t, Value qname);  /* MRO lookup, V_NULL */
void type_cache_flush(void); /* forget type_lookup's cache (class changed, or a collection) */
Value type_heap_lookup(const Type *t, uint32_t q); /* heap classes of the MRO only */
const BuiltinFn *type_find_method(const Type *t, uint32_t q);
int type_method_names(const Type *t, Value list); /* appends the names of t's built-in methods */
/* the special method q (__add__, __len__, ...) of exactly the core built-in
 * type t (slots.c): V_NULL when t has none, else a constant object of
 * slot_type (callable, bound like a function), or V_NONE for __hash__ of
 * the unhashable ones (list.__hash__ is None) */
Value slot_lookup(const Type *t, uint32_t q);
extern const Type slot_type;
Value type_name_value(const Type *t);
static inline const char *type_name(const Type *t) { return qstr_str(t->name, NULL); }

/* The VM's temporary roots: objects C code holds across allocations.
 * Like gc_push/gc_pop (which stay for devs modules), but sized for the
 * VM's nesting: every C level pushes only a few, and vm_enter_c refuses a
 * new level (RecursionError) before the stack can fill up. */
#define VM_MAX_ROOTS (MONTY_C_DEPTH * 6 + 32)
extern const void *vm_roots[VM_MAX_ROOTS];
extern uint16_t vm_nroots;
static inline void root_push(const void *p) {
    /* never overflows while vm_enter_c keeps VM_ROOT_RESERVE spare */
    vm_roots[vm_nroots < VM_MAX_ROOTS ? vm_nroots++ : VM_MAX_ROOTS - 1] = p;
}
static inline void root_pop(int n) { vm_nroots = (uint16_t)(vm_nroots - n); }
#define VM_ROOT_RESERVE 24

/* C recursion guard (see MONTY_C_DEPTH) */
extern uint16_t vm_cdepth;
int vm_enter_c(void);   /* 0, or -1 with RecursionError */
static inline void vm_leave_c(void) { vm_cdepth--; }

/* argument helpers for built-ins */
int arg_check(ArgVec a, int min, int max, const char *fname);
Value arg_kw(ArgVec a, uint32_t q);          /* keyword value or V_NULL */
int arg_no_kw(ArgVec a, const char *fname);

/* iteration helper over any iterable: fast paths for list/tuple */
typedef struct Iter {
    Value seq, it;
    size_t i;
} Iter;

/* container repr recursion (list containing itself prints [...]) */
int repr_enter(Value v);   /* 1 already being printed, 0 ok, -1 raised */
void repr_leave(void);
void repr_reset(void);

/* builtins used across files */
Value builtin_ascii_of(Value v);
Value format_value(Value v, Value spec);   /* format(v, spec) */
int arg_kw_allowed(ArgVec a, const char *fname, const uint16_t *allowed);
#if MONTY_FLOAT
Value float_int_value(double d);           /* int(d) for a finite double */
#endif

#endif
