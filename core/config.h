/*
 * config.h - build options of the core VM.
 *
 * Every optional part of core is one or more .c files whose whole body is
 * inside `#if MONTY_<PART>`, so a build leaves it out by defining the
 * macro to 0 (e.g. -DMONTY_FLOAT=0).  The minimum viable core (values,
 * qstr, int, str, bytes, tuple, list, dict, set, type, exceptions, modules)
 * is always present and its unit tests pass in every configuration.
 *
 * Limits are chosen for the 64 KB boards (8 KB C stack, ~50 KB pool);
 * the native build raises some of them (see below).
 */
#ifndef MONTY_CONFIG_H
#define MONTY_CONFIG_H

/* ---- optional parts ---- */
#ifndef MONTY_FLOAT
#define MONTY_FLOAT 1 /* float type, float literals, math module */
#endif
#ifndef MONTY_BIGINT
#define MONTY_BIGINT 1 /* ints beyond the small range (else OverflowError) */
#endif
#ifndef MONTY_ARRAY
#define MONTY_ARRAY 1 /* array module (typed numeric vectors) */
#endif
#ifndef MONTY_VARYVEC
#define MONTY_VARYVEC 1 /* VaryVec: vector of variable-size byte items */
#endif
#ifndef MONTY_COMPILER
#define MONTY_COMPILER 1 /* source -> bytecode on the target (exec, eval) */
#endif


/* ---- limits ---- */
#if defined(__arm__) || defined(__thumb__)
#define MONTY_SMALL_TARGET 1
#else
#define MONTY_SMALL_TARGET 0
#endif

/* The bytecode interpreter (and with it the VM's entry points, vm.h).
 * Without it core runs its self-check (-DMONTY_INTERP=0). */
#ifndef MONTY_INTERP
#define MONTY_INTERP 1
#endif

/* Python frames alive at once before RecursionError ("maximum recursion
 * depth exceeded").  Frames live in the GC pool, not on the C stack. */
#ifndef MONTY_RECURSION_LIMIT
#if MONTY_SMALL_TARGET
#define MONTY_RECURSION_LIMIT 300
#else
#define MONTY_RECURSION_LIMIT 1000
#endif
#endif

/* Nesting of C code that calls back into Python or recurses over
 * containers (repr of nested lists, __eq__ called from a dict lookup,
 * sorted(key=f), ...).  Each level costs C stack; the boards have 8 KB. */
#ifndef MONTY_C_DEPTH
#if MONTY_SMALL_TARGET
/* One level (a class's __repr__ called through "%r" by str.__mod__,
 * with the interpreter loop it runs) takes 552 bytes of stack on
 * Cortex-M3 at -Os (measured on qemu); keep 1 KB for boot, core's start-up
 * and the deepest level's own work (float formatting needs 0.6 KB).  The
 * board's layout.h (on the include path) gives the stack size: 8 KB allow
 * 12 levels. */
#if defined(__has_include)
#if __has_include("layout.h")
#include "layout.h"
#endif
#endif
#ifdef STACK_SIZE
#define MONTY_C_DEPTH ((STACK_SIZE - 1024) / 560)
#else
#define MONTY_C_DEPTH 9
#endif
#else
#define MONTY_C_DEPTH 200
#endif
#endif

/* Bytes of the first frame-stack chunk (more chunks are added on demand) */
#ifndef MONTY_FRAME_CHUNK
#if MONTY_SMALL_TARGET
#define MONTY_FRAME_CHUNK 768
#else
#define MONTY_FRAME_CHUNK 4096
#endif
#endif

/* backward jumps / calls between polls of BootApi.interrupted() */
#ifndef MONTY_POLL_INTERVAL
#define MONTY_POLL_INTERVAL 256
#endif

/* bytes held back and released when MemoryError is raised, so that the
 * handler itself can allocate (taken back at the next safe point) */
#ifndef MONTY_MEM_RESERVE
#if MONTY_SMALL_TARGET
#define MONTY_MEM_RESERVE 512
#else
#define MONTY_MEM_RESERVE 2048
#endif
#endif

/* entries kept in an exception's traceback */
#ifndef MONTY_TRACEBACK_MAX
#define MONTY_TRACEBACK_MAX 32
#endif

#endif
