/* text.h - the text methods shared by str, bytes and bytearray (str.c) */
#ifndef MONTY_TEXT_H
#define MONTY_TEXT_H
#include "obj.h"
Value str_find(ArgVec a);
Value str_rfind(ArgVec a);
Value str_index(ArgVec a);
Value str_rindex(ArgVec a);
Value str_count(ArgVec a);
Value str_startswith(ArgVec a);
Value str_endswith(ArgVec a);
Value str_strip(ArgVec a);
Value str_lstrip(ArgVec a);
Value str_rstrip(ArgVec a);
Value str_split(ArgVec a);
Value str_rsplit(ArgVec a);
Value str_splitlines(ArgVec a);
Value str_join_m(ArgVec a);
Value str_replace(ArgVec a);
Value str_partition(ArgVec a);
Value str_rpartition(ArgVec a);
Value str_upper(ArgVec a);
Value str_lower(ArgVec a);
Value str_swapcase(ArgVec a);
Value str_title(ArgVec a);
Value str_capitalize(ArgVec a);
Value str_casefold(ArgVec a);
Value str_isdigit(ArgVec a);
Value str_isalpha(ArgVec a);
Value str_isspace(ArgVec a);
Value str_isupper(ArgVec a);
Value str_islower(ArgVec a);
Value str_isalnum(ArgVec a);
Value str_isascii(ArgVec a);
Value str_isidentifier(ArgVec a);
Value str_istitle(ArgVec a);
Value str_isprintable(ArgVec a);
Value str_ljust(ArgVec a);
Value str_rjust(ArgVec a);
Value str_center(ArgVec a);
Value str_zfill(ArgVec a);
Value str_removeprefix(ArgVec a);
Value str_removesuffix(ArgVec a);
Value str_expandtabs(ArgVec a);
Value str_encode(ArgVec a);
Value str_format_m(ArgVec a);
Value str_format_map(ArgVec a);
Value str_intern_small(Value v);
Value str_from_codepoint(uint32_t cp);
uint32_t str_codepoint_at(const char *s, size_t *adv);
/* case of code points (unicode.c: ASCII and the European scripts) */
uint32_t uni_lower(uint32_t cp);
uint32_t uni_upper(uint32_t cp);
bool uni_is_upper(uint32_t cp);
bool uni_is_lower(uint32_t cp);
#endif
