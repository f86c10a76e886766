/*
 * sys/mman.h for the test programs on qemu (newlib has none).  Only
 * boot/native/flashsim.c includes it, for flashsim_open (flash backed by a
 * host file), which no test run on the board uses: the board has no host
 * file system.  The calls exist (tests/qemu/semihost.c) and always fail
 * with ENOSYS, so flashsim_open returns -1.
 */
#ifndef QEMU_SHIM_SYS_MMAN_H
#define QEMU_SHIM_SYS_MMAN_H

#include <stddef.h>
#include <sys/types.h>

#define PROT_NONE 0
#define PROT_READ 1
#define PROT_WRITE 2
#define PROT_EXEC 4
#define MAP_SHARED 1
#define MAP_PRIVATE 2
#define MAP_FAILED ((void *)-1)
#define MS_ASYNC 1
#define MS_SYNC 4

void *mmap(void *addr, size_t len, int prot, int flags, int fd, off_t off);
int munmap(void *addr, size_t len);
int msync(void *addr, size_t len, int flags);

#endif
