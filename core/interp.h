/*
 * interp.h - the interpreter's data structures: loaded module images
 * (Unit), code objects, frames, generators, and the VM state.
 *
 * Frames live in GC memory, never on the C stack: ordinary calls take
 * them from frame-stack chunks (objects that never move, used as a bump
 * stack); a generator's frame is inside the generator object.  frame->back
 * links the active frames; vm.frame is the innermost.  The collector marks
 * every frame of that chain (locals and the stack up to frame->sp), so the
 * interpreter stores its sp into the frame before anything that may
 * allocate.
 */
#ifndef MONTY_INTERP_H
#define MONTY_INTERP_H

#include "../boot/boot.h"
#include "bytecode.h"
#include "obj.h"
#include "vm.h"

/* A loaded module image.  The image itself stays where it is (flash, or a
 * Bytes object for images compiled at run time, kept alive by `owner`). */
typedef struct Unit {
    GcObj hdr;
    const uint8_t *img;
    Value owner;       /* object holding the image in RAM, or V_NULL */
    Value globals;     /* the module's globals Dict */
    uint16_t ncode, nconst, nname;
    uint16_t filename; /* qstr */
    /* inline arrays (in this order): */
    Value *consts;     /* Value[nconst], V_NULL until first use */
    Value *codes;      /* Value[ncode]: Code objects, V_NULL until made */
    uint16_t *names;   /* qstr of each name index */
    uint16_t *hints;   /* per name index: dict entry hint for lookups */
} Unit;

struct Code {
    GcObj hdr;
    Unit *unit;
    BcCode bc;         /* decoded header (pointers into the image) */
    uint16_t name, qualname; /* qstrs */
    uint16_t nslots;   /* nlocals + ncells + nfree */
    uint16_t framesize; /* bytes of a frame: header + slots + stack */
    uint16_t framevals; /* the same in Values, rounded up */
    uint8_t simple;     /* argcount when binding is a plain copy, else 0xFF */
};

enum {
    FR_C_ENTRY = 1,    /* return to the C caller of vm_run when done */
    FR_INIT = 2,       /* __init__ of a class call: result must be None;
                          the caller gets the instance (its result slot) */
    FR_GEN = 4,        /* the frame of a generator */
    FR_FOR = 8,        /* generator resumed by FOR_ITER of the caller */
    FR_YF = 16,        /* generator resumed by YIELD_FROM of the caller */
    FR_CLASS = 32,     /* class body: result is the __class__ cell */
    FR_DUNDER = 64,    /* a special method run for an operator of the
                          caller: its return finishes that instruction */
};

typedef struct Frame {
    struct Frame *back;
    const Code *code;
    const uint8_t *ip; /* saved: start of the current instruction */
    Value *sp;         /* saved stack top (one past the last value) */
    Value globals;
    uint8_t flags;
    uint8_t unused_[3];
    Value slots[];     /* nslots locals/cells, then the value stack */
} Frame;

typedef struct Gen {
    GcObj hdr;
    Value name;        /* qstr: the code's name */
    uint8_t state;     /* GEN_* */
    uint8_t unused_[3];
    /* the exception being handled (sys.exc_info()), kept per generator as
     * in CPython: `handled` is the generator's own while it is suspended
     * inside an except block (V_NULL: none), `outer` its consumer's while
     * it runs, given back at every yield, return and raise */
    Value handled, outer;
    Frame frame;       /* must be last: slots follow */
} Gen;
enum { GEN_CREATED, GEN_SUSPENDED, GEN_RUNNING, GEN_DONE };

/* frame-stack chunk: frames are bump-allocated in data[] */
typedef struct FrameChunk {
    GcObj hdr;
    struct FrameChunk *prev;
    uint32_t size, top;
    Value data[];
} FrameChunk;

typedef struct Vm {
    const VmHost *host;
    Frame *frame;          /* innermost active frame */
    FrameChunk *chunk;     /* current frame chunk */
    FrameChunk *spare;     /* one released chunk kept for reuse */
    Value exc;             /* pending exception (V_NULL: none) */
    Value handled;         /* exception being handled (sys.exc_info) */
    Value modules;         /* dict: sys.modules */
    Value builtins;        /* dict of built-in names (module builtins) */
    Value main_globals;
    Value reserve;         /* memory given back when MemoryError is raised,
                              so handlers can run; re-taken at safe points */
    uint16_t depth;        /* Python frames alive */
    uint16_t poll;         /* countdown to the next interrupt poll */
    uint8_t interrupted;
} Vm;
extern Vm vm;

void vm_take_reserve(void);
/* runs Python function f with arguments a (nested interpreter run) */
Value vm_call_func(Value f, ArgVec a);
/* runs the code of a module (unit) with its globals; returns None/V_ERR */
Value vm_run_unit(Unit *u);
Unit *unit_load(const uint8_t *img, size_t len, Value owner, Value globals);
Value unit_code(Unit *u, unsigned i);
/* generator resume from C: 0 yielded *out, 1 returned *out, -1 raised */
int gen_resume(Value g, Value send, Value throw_exc, Value *out);
/* line of the instruction at ip in code c */
unsigned code_line(const Code *c, const uint8_t *ip);

#endif
