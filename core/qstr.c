/*
 * qstr.c - interned strings.
 *
 * A qstr value is an index into one table of unique strings: the built-in
 * ones (qstrs.h, constant, in name order) followed by those interned at run
 * time.  Two qstr values are equal strings iff their indices are equal, so
 * attribute and global lookups compare words.  Run-time entries point at
 * their bytes in place when those are stable (bytecode images in flash),
 * otherwise at a copy in a QChunk object (objects never move).  Qstrs are
 * never freed: names are few and long-lived.
 */
#include "obj.h"

typedef struct QEntry {
    const char *s;
    uint16_t len;
    uint16_t hash;
} QEntry;

/* the built-in texts: a blob of [length][text][NUL] records, with the
 * offset and hash of each (4 bytes of table per name) */
#define QSTR_TABLE
#include "qstrs.h"
#undef QSTR_TABLE
#define QSTR_CHAR_TABLE
#include "qstrs.h"

/* the one-character str of a printable ASCII char, else 0 */
Value qstr_char_value(unsigned c) {
    c -= 0x20;
    return c < 95 ? q_(qstr_char[c]) : 0;
}

/* a block of copied qstr bytes; chained from `chunks` */
typedef struct QChunk {
    GcObj hdr;
    struct QChunk *next;
    uint32_t used, cap;
    char data[];
} QChunk;

static void chunk_mark(GcObj *o) { gc_mark(((QChunk *)o)->next); }
static const GcType qchunk_gctype = {"qchunk", chunk_mark, NULL};

static struct {
    GcVec dyn;      /* QEntry[] of run-time qstrs */
    GcVec index;    /* uint16_t[1 << ibits]: 0 empty, else dyn index + 1 */
    uint32_t ndyn;
    uint8_t ibits;
    QChunk *chunks;
} qs;

uint32_t str_hash_bytes(const char *s, size_t n) {
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) {
        h ^= (uint8_t)s[i];
        h *= 16777619u;
    }
    return (h ^ (h >> 16)) & 0xFFFFu;
}

void qstr_init(void) {
    memset(&qs, 0, sizeof qs);
}

void qstr_mark(void) {
    gc_mark_vec(&qs.dyn);
    gc_mark_vec(&qs.index);
    gc_mark(qs.chunks);
}

static const QEntry *dyn_entry(uint32_t q) { return &((const QEntry *)qs.dyn.ptr)[q - Q__COUNT]; }

/* NUL-terminated: built-ins are in the blob with a NUL, image names carry
 * a NUL (docs/bytecode.md), copies get one */
const char *qstr_str(uint32_t q, size_t *len) {
    if (q < Q__COUNT) {
        const char *s = qstr_blob + qstr_off[q];
        if (len) *len = (uint8_t)s[-1];
        return s;
    }
    const QEntry *e = dyn_entry(q);
    if (len) *len = e->len;
    return e->s;
}

uint32_t qstr_hash(uint32_t q) { return q < Q__COUNT ? qstr_hash16[q] : dyn_entry(q)->hash; }

/* bytewise order, shorter first on a common prefix (as qstrs.py sorts) */
static int cmp(const char *a, size_t an, const char *b, size_t bn) {
    int c = memcmp(a, b, an < bn ? an : bn);
    if (c) return c;
    return an < bn ? -1 : an > bn;
}

static int32_t find_builtin(const char *s, size_t n) {
    int lo = 0, hi = Q__COUNT - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        size_t mn;
        const char *ms = qstr_str((uint32_t)mid, &mn);
        int c = cmp(ms, mn, s, n);
        if (c == 0) return mid;
        if (c < 0) lo = mid + 1;
        else hi = mid - 1;
    }
    return -1;
}

static int32_t find_dyn(const char *s, size_t n, uint32_t h) {
    if (!qs.ibits) return -1;
    const uint16_t *ix = qs.index.ptr;
    const QEntry *d = qs.dyn.ptr;
    uint32_t mask = (1u << qs.ibits) - 1;
    for (uint32_t i = h & mask;; i = (i + 1) & mask) {
        uint16_t k = ix[i];
        if (!k) return -1;
        const QEntry *e = &d[k - 1];
        if (e->hash == h && e->len == n && memcmp(e->s, s, n) == 0)
            return (int32_t)(Q__COUNT + k - 1);
    }
}

int32_t qstr_find(const char *s, size_t n) {
    if (n > 0xFFFF) return -1;
    int32_t q = find_builtin(s, n);
    if (q >= 0) return q;
    return find_dyn(s, n, str_hash_bytes(s, n));
}

static void index_insert(uint16_t *ix, uint8_t bits, uint32_t h, uint16_t k) {
    uint32_t mask = (1u << bits) - 1;
    uint32_t i = h & mask;
    while (ix[i]) i = (i + 1) & mask;
    ix[i] = k;
}

/* keeps the index at most half full */
static bool grow_index(void) {
    uint8_t bits = qs.ibits ? qs.ibits + 1 : 5;
    /* contents are rebuilt, so resizing in place is fine */
    if (!gc_vec_resize(&qs.index, (sizeof(uint16_t)) << bits)) return false;
    uint16_t *ix = qs.index.ptr;
    memset(ix, 0, sizeof(uint16_t) << bits);
    const QEntry *d = qs.dyn.ptr;
    for (uint32_t k = 0; k < qs.ndyn; k++) index_insert(ix, bits, d[k].hash, (uint16_t)(k + 1));
    qs.ibits = bits;
    return true;
}

static const char *copy_bytes(const char *s, size_t n) {
    QChunk *c = qs.chunks;
    /* copies are NUL-terminated, like the built-in and image strings, so
     * qstr_str can be used as a C string */
    if (!c || c->cap - c->used < n + 1) {
        size_t cap = n + 1 > 120 ? n + 1 : 120;
        /* s may point into a vector that the allocation moves: callers pass
         * stable or object-held bytes only (see qstr_intern) */
        c = gc_alloc(&qchunk_gctype, sizeof(QChunk) + cap);
        if (!c) return NULL;
        c->cap = (uint32_t)cap;
        c->next = qs.chunks;
        qs.chunks = c;
    }
    char *p = c->data + c->used;
    memcpy(p, s, n);
    p[n] = 0;
    c->used += (uint32_t)n + 1;
    return p;
}

int32_t qstr_intern(const char *s, size_t n, bool stable) {
    if (n > 0xFFFF) {
        exc_raise(&value_error_type, "string too long to intern");
        return -1;
    }
    int32_t q = find_builtin(s, n);
    if (q >= 0) return q;
    uint32_t h = str_hash_bytes(s, n);
    q = find_dyn(s, n, h);
    if (q >= 0) return q;
    if (Q__COUNT + qs.ndyn >= 0xFFFF) {
        exc_raise(&memory_error_type, "too many names");
        return -1;
    }
    /* `s` must survive the allocations below: stable bytes are in flash;
     * otherwise the caller's bytes are in an object (never moved) or on
     * the C stack */
    const char *p = stable ? s : copy_bytes(s, n);
    if (!p) goto nomem;
    size_t need = (qs.ndyn + 1) * sizeof(QEntry);
    if (qs.dyn.cap < need && !gc_vec_resize(&qs.dyn, need + 8 * sizeof(QEntry))) goto nomem;
    if ((qs.ndyn + 1) * 2 > (qs.ibits ? 1u << qs.ibits : 0u) && !grow_index()) goto nomem;
    QEntry *e = &((QEntry *)qs.dyn.ptr)[qs.ndyn];
    e->s = p;
    e->len = (uint16_t)n;
    e->hash = (uint16_t)h;
    qs.ndyn++;
    index_insert(qs.index.ptr, qs.ibits, h, (uint16_t)qs.ndyn);
    return (int32_t)(Q__COUNT + qs.ndyn - 1);
nomem:
    exc_raise_no_mem();
    return -1;
}
