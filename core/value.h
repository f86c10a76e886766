/*
 * value.h - the one-word value encoding (docs/values.md).
 *
 * A Value is one machine word (uintptr_t):
 *
 *   ...xxxxxxx1   small int: (intptr_t)v >> 1  (31 bits on 32-bit boards)
 *   ...xxxxx000   object pointer (objects are 8-byte aligned), never 0
 *   ...xxxxx010   interned string (qstr): index = v >> 3
 *   ...xxxxx110   special constant: None, False, True, and internal marks
 *
 * Floats are boxed objects (a float object holds a C double); ints that do
 * not fit the small range overflow into arbitrary-precision int objects.
 * Objects may be in the GC heap or constant in flash (type descriptors,
 * built-in functions, strings in bytecode); gc_mark ignores the latter.
 */
#ifndef VALUE_H
#define VALUE_H

#include <stdbool.h>
#include <stdint.h>

typedef uintptr_t Value;

#define V_TAG_INT 1u
#define V_TAG_MASK 7u
#define V_TAG_OBJ 0u
#define V_TAG_QSTR 2u
#define V_TAG_SPECIAL 6u

#define V_SPECIAL(n) ((Value)(((n) << 3) | V_TAG_SPECIAL))
#define V_NONE V_SPECIAL(0)
#define V_FALSE V_SPECIAL(1)
#define V_TRUE V_SPECIAL(2)
/* returned by a C function that raised (the exception is pending in the
 * VM); never visible to Python */
#define V_ERR V_SPECIAL(3)
/* "no value" marker: unbound local, empty dict slot, missing argument */
#define V_NULL V_SPECIAL(4)

#define SMALL_INT_BITS (sizeof(Value) * 8 - 1)
#define SMALL_INT_MAX ((intptr_t)(((uintptr_t)1 << (SMALL_INT_BITS - 1)) - 1))
#define SMALL_INT_MIN (-SMALL_INT_MAX - 1)

static inline bool v_is_int(Value v) { return (v & 1u) != 0; }
static inline __attribute__((always_inline)) bool v_is_obj(Value v) { return (v & V_TAG_MASK) == V_TAG_OBJ && v != 0; }
static inline bool v_is_qstr(Value v) { return (v & V_TAG_MASK) == V_TAG_QSTR; }
static inline bool v_fits_int(intptr_t i) { return i >= SMALL_INT_MIN && i <= SMALL_INT_MAX; }
/* only for values that fit (check v_fits_int) */
static inline Value v_from_int(intptr_t i) { return ((uintptr_t)i << 1) | 1u; }
/* arithmetic shift of a signed value: implementation-defined in C11 but
 * arithmetic on every compiler Monty supports (asserted in core tests) */
static inline intptr_t v_to_int(Value v) { return (intptr_t)v >> 1; }
static inline Value v_from_ptr(const void *p) { return (Value)p; }
static inline void *v_to_ptr(Value v) { return (void *)v; }
static inline Value v_from_qstr(uint32_t q) { return ((Value)q << 3) | V_TAG_QSTR; }
static inline uint32_t v_to_qstr(Value v) { return (uint32_t)(v >> 3); }
static inline Value v_from_bool(bool b) { return b ? V_TRUE : V_FALSE; }

/* The one C calling convention for everything callable from Python:
 * v[0..n) are the positional arguments, then nkw keyword pairs
 * v[n + 2*i] (the name, a str value) and v[n + 2*i + 1] (its value).
 * The view points into the caller's stack: it is valid only during the
 * call and is never copied or stored. */
typedef struct ArgVec {
    const Value *v;
    uint16_t n;
    uint16_t nkw;
} ArgVec;

/* Returns the result, or V_ERR after raising (see CoreApi.raise). */
typedef Value (*CFunc)(ArgVec args);

#endif
