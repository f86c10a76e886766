/*
 * slots.c - the special methods of the core built-in types as attributes:
 * int.__add__, list.__len__, dict.__setitem__, str.__eq__, ...
 *
 * Built-in types implement their operators as C slots (Type.unop, binop,
 * subscr, iter, print), not as methods.  Python code still names them:
 * explicitly (int.__add__(a, b), (5).__add__(1)), through super() in a
 * subclass of a built-in (super().__setitem__(k, v) in a dict subclass), or
 * with hasattr(x, "__len__").  Each name here is one constant Slot object
 * whose call applies the slot to the built-in value: the object itself,
 * or the native sub-object of an instance of a class derived from it
 * (inst_native).  They never dispatch to a Python override, which is what
 * makes super().__setitem__ inside a __setitem__ terminate.
 *
 * Which type has which name follows CPython 3.11 for int (and bool, through
 * its base), float, str, bytes, bytearray, tuple, list, dict, set,
 * frozenset and range (one bit per type in the mask of each name): so
 * hasattr(3, "__len__") is False and list.__hash__ is None, as in CPython.
 * Names not listed (e.g. __round__, __reversed__, __format__ beyond
 * object's) are absent from these types; the other built-in types have
 * only what their method tables and object give them.
 *
 * A Slot does not know which type it was taken from (one object serves
 * every type with the name), so its call checks the name's mask against
 * the type of the value it is given: list.__len__(5) raises TypeError, but
 * list.__len__("abc") is 3 (CPython refuses it).
 */
#include "obj.h"

/* kinds of special method (code >> 5); the low 5 bits are the operation */
enum {
    K_UN = 0 << 5,   /* unop(UN_*, self) */
    K_BIN = 1 << 5,  /* binop(OPR_*, self, other) */
    K_REFL = 2 << 5, /* binop(OPR_* | OPR_REFLECTED, other, self) */
    K_INPL = 3 << 5, /* binop(OPR_* | OPR_INPLACE, self, other) */
    K_OTHER = 4 << 5,
};
/* (in the order of the argument counts, see slot_nargs) */
enum { O_ITER, O_REPR, O_STR, O_CONTAINS, O_GETITEM, O_DELITEM, O_SETITEM, O_INIT };

/* the types (one mask bit each, in this order) */
enum {
    tI = 1 << 0, tF = 1 << 1, tS = 1 << 2, tB = 1 << 3, tBA = 1 << 4, tT = 1 << 5,
    tL = 1 << 6, tD = 1 << 7, tST = 1 << 8, tFS = 1 << 9, tR = 1 << 10,
    NUM = tI | tF,
    SEQ = tS | tB | tBA | tT | tL,
    BYT = tS | tB | tBA,
    SETS = tST | tFS,
    COLL = SEQ | tD | SETS | tR,
    ALL = COLL | NUM,
    UNHASHABLE = tBA | tL | tD | tST, /* __hash__ is None */
};
static const Type *const slot_types[] = {
    &int_type,
#if MONTY_FLOAT
    &float_type,
#else
    NULL,
#endif
    &str_type, &bytes_type, &bytearray_type, &tuple_type, &list_type, &dict_type, &set_type, &frozenset_type,
    &range_type,
};

/* name, code, types; sorted by name (bytewise, which is qstr index
 * order) */
#define SLOTS(X)                                       \
    X(__abs__, K_UN | UN_ABS, NUM)                     \
    X(__add__, K_BIN | OPR_ADD, NUM | SEQ)             \
    X(__and__, K_BIN | OPR_AND, tI | SETS)             \
    X(__bool__, K_UN | UN_BOOL, NUM | tR)              \
    X(__contains__, K_OTHER | O_CONTAINS, COLL)        \
    X(__delitem__, K_OTHER | O_DELITEM, tBA | tL | tD) \
    X(__eq__, K_BIN | OPR_EQ, ALL)                     \
    X(__float__, K_UN | UN_FLOAT, NUM)                 \
    X(__floordiv__, K_BIN | OPR_FLOORDIV, NUM)         \
    X(__ge__, K_BIN | OPR_GE, ALL)                     \
    X(__getitem__, K_OTHER | O_GETITEM, SEQ | tD | tR) \
    X(__gt__, K_BIN | OPR_GT, ALL)                     \
    X(__hash__, K_UN | UN_HASH, ALL)                   \
    X(__iadd__, K_INPL | OPR_ADD, tBA | tL)            \
    X(__iand__, K_INPL | OPR_AND, tST)                 \
    X(__imul__, K_INPL | OPR_MUL, tBA | tL)            \
    X(__index__, K_UN | UN_INDEX, tI)                  \
    X(__init__, K_OTHER | O_INIT, tBA | tL | tD | tST) \
    X(__int__, K_UN | UN_INT, NUM)                     \
    X(__invert__, K_UN | UN_INVERT, tI)                \
    X(__ior__, K_INPL | OPR_OR, tD | tST)              \
    X(__isub__, K_INPL | OPR_SUB, tST)                 \
    X(__iter__, K_OTHER | O_ITER, COLL)                \
    X(__ixor__, K_INPL | OPR_XOR, tST)                 \
    X(__le__, K_BIN | OPR_LE, ALL)                     \
    X(__len__, K_UN | UN_LEN, COLL)                    \
    X(__lshift__, K_BIN | OPR_LSHIFT, tI)              \
    X(__lt__, K_BIN | OPR_LT, ALL)                     \
    X(__mod__, K_BIN | OPR_MOD, NUM | BYT)             \
    X(__mul__, K_BIN | OPR_MUL, NUM | SEQ)             \
    X(__ne__, K_BIN | OPR_NE, ALL)                     \
    X(__neg__, K_UN | UN_NEG, NUM)                     \
    X(__or__, K_BIN | OPR_OR, tI | SETS | tD)          \
    X(__pos__, K_UN | UN_POS, NUM)                     \
    X(__pow__, K_BIN | OPR_POW, NUM)                   \
    X(__radd__, K_REFL | OPR_ADD, NUM)                 \
    X(__rand__, K_REFL | OPR_AND, tI | SETS)           \
    X(__repr__, K_OTHER | O_REPR, ALL)                 \
    X(__rfloordiv__, K_REFL | OPR_FLOORDIV, NUM)       \
    X(__rlshift__, K_REFL | OPR_LSHIFT, tI)            \
    X(__rmod__, K_REFL | OPR_MOD, NUM | BYT)           \
    X(__rmul__, K_REFL | OPR_MUL, NUM | SEQ)           \
    X(__ror__, K_REFL | OPR_OR, tI | SETS | tD)        \
    X(__rpow__, K_REFL | OPR_POW, NUM)                 \
    X(__rrshift__, K_REFL | OPR_RSHIFT, tI)            \
    X(__rshift__, K_BIN | OPR_RSHIFT, tI)              \
    X(__rsub__, K_REFL | OPR_SUB, NUM | SETS)          \
    X(__rtruediv__, K_REFL | OPR_TRUEDIV, NUM)         \
    X(__rxor__, K_REFL | OPR_XOR, tI | SETS)           \
    X(__setitem__, K_OTHER | O_SETITEM, tBA | tL | tD) \
    X(__str__, K_OTHER | O_STR, BYT)                   \
    X(__sub__, K_BIN | OPR_SUB, NUM | SETS)            \
    X(__truediv__, K_BIN | OPR_TRUEDIV, NUM)           \
    X(__xor__, K_BIN | OPR_XOR, tI | SETS)

/* A special method: a constant object whose call applies the slot.  Not a
 * BuiltinFn: a built-in function is only given its arguments, so it would
 * take one C function per name to know which slot it is (20 bytes each
 * with arm-none-eabi-gcc, which spills the ArgVec); the call of an object
 * is given the object. */
typedef struct Slot {
    OBJ_ALIGN GcObj hdr; /* &slot_type.gc */
    uint8_t name;        /* qstr - Q___abs__ (8 bytes an entry on the boards) */
    uint8_t code;        /* K_* | operation */
    uint16_t mask;       /* the types with the name */
} Slot;
_Static_assert(Q___xor__ - Q___abs__ < 256, "special method names span more than 256 qstrs");

#define X(name, code, types) I##name,
enum { SLOTS(X) NSLOTS };
#undef X
#define X(name, code, types) {{&slot_type.gc}, Q_##name - Q___abs__, code, types},
static const Slot slot_tab[NSLOTS] = {SLOTS(X)};
#undef X

static uint32_t slot_name(const Slot *s) { return Q___abs__ + s->name; }

/* positional arguments, self included; 0: any number, and keywords */
static unsigned slot_nargs(unsigned code) {
    if (code < K_BIN) return 1;
    if (code < K_OTHER) return 2;
    return (0x03222111u >> ((code & 31) * 4)) & 15; /* O_* order */
}

/* the mask bit of exactly type t (0: none of the core types) */
static unsigned type_bit(const Type *t) {
    for (unsigned i = 0; i < sizeof slot_types / sizeof slot_types[0]; i++)
        if (slot_types[i] == t) return 1u << i;
    return 0;
}

Value slot_lookup(const Type *t, uint32_t q) {
    /* every name of the table lies in this range of qstrs */
    if (q < Q___abs__ || q > Q___xor__) return V_NULL;
    int lo = 0, hi = NSLOTS - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        uint32_t n = slot_name(&slot_tab[mid]);
        if (n == q) {
            unsigned b = type_bit(t);
            if (!(slot_tab[mid].mask & b)) return V_NULL;
            if (mid == I__hash__ && (b & UNHASHABLE)) return V_NONE;
            return V(&slot_tab[mid]);
        }
        if (n < q) lo = mid + 1;
        else hi = mid - 1;
    }
    return V_NULL;
}

/* list.__init__(self, *args): the constructor's value from the arguments,
 * copied into self (a dict keeps its other keys, as in CPython) */
static Value slot_init(Value self, const Type *t, ArgVec a) {
    Value fresh = t->make_new(t, (ArgVec){a.v + 1, (uint16_t)(a.n - 1), a.nkw});
    if (fresh == V_ERR) return fresh;
    root_push(v_to_ptr(fresh));
    Value r = t == &dict_type ? V_NONE : obj_call_method(self, Q_clear, 0, NULL);
    if (r != V_ERR) r = obj_call_method(self, t == &list_type || t == &bytearray_type ? Q_extend : Q_update, 1, &fresh);
    root_pop(1);
    return r == V_ERR ? r : V_NONE;
}

static Value slot_call(Value fv, ArgVec a) {
    const Slot *s = v_to_ptr(fv);
    /* (counts with self, keywords included: one message for every case) */
    unsigned nargs = slot_nargs(s->code);
    if (nargs ? (a.nkw || a.n != nargs) : !a.n)
        return exc_raise(&type_error_type, "%q() takes %d arguments (%d given)", slot_name(s), (long)(nargs ? nargs : 1),
                         (long)(a.n + a.nkw));
    Value self = inst_native(a.v[0]);
    const Type *t = obj_type(self);
    /* bool and the big ints take int's names */
    unsigned b = 0;
    for (const Type *c = t; c && !(b = type_bit(c)); c = c->base) {}
    if (!(s->mask & b))
        return exc_raise(&type_error_type, "descriptor '%q' doesn't apply to a '%s' object", slot_name(s), type_name(t));
    unsigned kind = s->code & ~31u, op = s->code & 31;
    /* the other operand of a binary operator: a built-in subclass counts
     * as its built-in value (int.__add__(2, N(3)) is 5) */
    Value o = a.n > 1 ? inst_native(a.v[1]) : V_NULL, r;
    if (kind == K_UN) return obj_unop((int)op, self);
    if (kind == K_REFL) {
        /* the built-in slots answer a reflected call only for an operand
         * of another type (set - set never comes reflected): with one
         * type it is the forward operation, operands swapped */
        if (obj_type(o) != t) op |= OPR_REFLECTED;
        r = o;
        o = self;
        self = r;
    }
    if (kind != K_OTHER) {
        r = t->binop((int)(kind == K_INPL ? op | OPR_INPLACE : op), self, o);
        /* in place on the native part: the result is the instance */
        return kind == K_INPL && r == self ? a.v[0] : r;
    }
    switch (op) {
    case O_CONTAINS: return obj_contains(self, a.v[1]);
    case O_GETITEM: return obj_getitem(self, a.v[1]);
    case O_SETITEM:
    case O_DELITEM: return obj_setitem(self, a.v[1], op == O_SETITEM ? a.v[2] : V_DELETE) < 0 ? V_ERR : V_NONE;
    case O_ITER: return obj_iter(self);
    case O_REPR: return obj_repr(self);
    case O_STR: return obj_str(self);
    default: return slot_init(self, t, a);
    }
}

/* printed and named like the built-in functions they stand for (CPython:
 * <slot wrapper '__add__' of 'int' objects>, of type wrapper_descriptor);
 * the same texts as func.c's cost no flash */
static int slot_print(Printer *p, Value v, bool repr) {
    (void)repr;
    return pr_fmt(p, "<built-in function %q>", slot_name(v_to_ptr(v)));
}

static Value slot_attr(Value self, Value name, Value val) {
    if (val == V_NULL && (name == QV(__name__) || name == QV(__qualname__))) return q_(slot_name(v_to_ptr(self)));
    return V_NULL;
}

const Type slot_type = {
    .hdr = {&type_type.gc},
    .gc = {"builtin_function_or_method", NULL, NULL},
    .name = Q_builtin_function_or_method,
    .base = &object_type,
    .print = slot_print,
    .call = slot_call,
    .attr = slot_attr,
    .dict = V_NULL, .bases = V_NULL, .mro = V_NULL,
};
