/* files.h - boot's MRFS store (files.c); boot-internal */
#ifndef FILES_H
#define FILES_H

#include <stddef.h>
#include <stdint.h>

#include "mrfs.h"

/* BootApi.file_* (boot.h) */
int boot_files_find(const char *name, const uint8_t **data, uint32_t *size);
int boot_files_write(const char *name, const void *data, uint32_t size);
int boot_files_begin(const char *name, uint32_t size);
int boot_files_append(const void *data, uint32_t n);
int boot_files_commit(void);
int boot_files_delete(const char *name);
int boot_files_list(int (*cb)(void *arg, const char *name, uint32_t size, uint32_t mtime),
                    void *arg);
uint32_t boot_files_gen(void);

/* mounts (formatting an unformatted area); 0 or a negative error */
int boot_files_init(void);
/* installs core.seg / devs.seg when needed (flat boards) */
int boot_files_install(void);
/* installs MRFS file `name` into the devs slot (flat boards) */
int boot_files_devs_replace(const char *name, uint16_t core_abi, char *why, size_t whylen);
MrfsStore *boot_files(void); /* NULL when not mounted */

#endif
