/*
 * check.h - the unit-test harness (header only).
 *
 *   TEST(name) { CHECK(x == 1); CHECK_EQ(a, b); CHECK_MSG(ok, "why %d", v); }
 *   int main(void) { RUN(name); ...; return check_done(); }
 *
 * Each test prints one line, "ok NAME" or "FAIL NAME: file:line: text";
 * tests/run counts those lines.  A test stops at its first failed check.
 */
#ifndef CHECK_H
#define CHECK_H

#include <stdio.h>
#include <string.h>

static int check_passed, check_failed;
static const char *check_current;
static int check_current_failed;

#define TEST(name) static void test_##name(void)

#define CHECK_MSG(cond, ...)                                                 \
    do {                                                                     \
        if (!(cond)) {                                                       \
            printf("FAIL %s: %s:%d: ", check_current, __FILE__, __LINE__);   \
            printf(__VA_ARGS__);                                             \
            printf("\n");                                                    \
            fflush(stdout);                                                  \
            check_current_failed = 1;                                        \
            return;                                                          \
        }                                                                    \
    } while (0)

#define CHECK(cond) CHECK_MSG(cond, "%s", #cond)
#define CHECK_EQ(a, b)                                                       \
    CHECK_MSG((long long)(a) == (long long)(b), "%s == %s (%lld != %lld)",   \
              #a, #b, (long long)(a), (long long)(b))
#define CHECK_STR(a, b)                                                      \
    CHECK_MSG(strcmp((a), (b)) == 0, "%s == %s (\"%s\" != \"%s\")", #a, #b,  \
              (a), (b))

#define RUN(name)                                                            \
    do {                                                                     \
        check_current = #name;                                               \
        check_current_failed = 0;                                            \
        test_##name();                                                       \
        if (check_current_failed) {                                          \
            check_failed++;                                                  \
        } else {                                                             \
            check_passed++;                                                  \
            printf("ok %s\n", #name);                                        \
        }                                                                    \
        fflush(stdout);                                                      \
    } while (0)

static inline int check_done(void) { return check_failed ? 1 : 0; }

#endif
