/*
 * flashsim.c - NOR flash simulator (see flashsim.h).  Host only.
 */
#include "flashsim.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

static int geometry_ok(uint32_t size, uint32_t page, uint32_t prog) {
    return page && !(page & (page - 1)) && prog && !(prog & (prog - 1)) && prog <= page && size &&
           size % page == 0;
}

static int alloc_tables(FlashSim *fs) {
    fs->erases = calloc(fs->size / fs->page_size, sizeof *fs->erases);
    fs->programmed = calloc(fs->size / fs->prog_size, 1);
    if (!fs->erases || !fs->programmed) {
        free(fs->erases);
        free(fs->programmed);
        return -1;
    }
    /* what is not erased has been programmed */
    for (uint32_t u = 0; u < fs->size / fs->prog_size; u++)
        for (uint32_t i = 0; i < fs->prog_size; i++)
            if (fs->mem[u * fs->prog_size + i] != 0xFF) {
                fs->programmed[u] = 1;
                break;
            }
    return 0;
}

int flashsim_init(FlashSim *fs, uint32_t size, uint32_t page_size, uint32_t prog_size) {
    memset(fs, 0, sizeof *fs);
    fs->fd = -1;
    if (!geometry_ok(size, page_size, prog_size))
        return -1;
    fs->size = size;
    fs->page_size = page_size;
    fs->prog_size = prog_size;
    fs->mem = malloc(size);
    if (!fs->mem)
        return -1;
    memset(fs->mem, 0xFF, size);
    if (alloc_tables(fs) < 0) {
        free(fs->mem);
        return -1;
    }
    return 0;
}

int flashsim_open(FlashSim *fs, const char *path, uint32_t create_size, uint32_t page_size,
                  uint32_t prog_size) {
    memset(fs, 0, sizeof *fs);
    fs->fd = -1;
    int fd = open(path, O_RDWR | (create_size ? O_CREAT | O_TRUNC : 0), 0644);
    if (fd < 0)
        return -1;
    uint32_t size = create_size;
    if (create_size) {
        static uint8_t ff[4096];
        memset(ff, 0xFF, sizeof ff);
        for (uint32_t done = 0; done < create_size;) {
            uint32_t n = create_size - done < sizeof ff ? create_size - done : sizeof ff;
            if (write(fd, ff, n) != (ssize_t)n) {
                close(fd);
                return -1;
            }
            done += n;
        }
    } else {
        struct stat sb;
        if (fstat(fd, &sb) < 0) {
            close(fd);
            return -1;
        }
        if (sb.st_size <= 0 || sb.st_size >= (1L << 31)) {
            close(fd);
            errno = EINVAL;
            return -1;
        }
        size = (uint32_t)sb.st_size;
    }
    if (!geometry_ok(size, page_size, prog_size)) {
        close(fd);
        errno = EINVAL;
        return -1;
    }
    void *m = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    if (m == MAP_FAILED) {
        close(fd);
        return -1;
    }
    fs->mem = m;
    fs->size = size;
    fs->page_size = page_size;
    fs->prog_size = prog_size;
    fs->fd = fd;
    fs->map_len = size;
    if (alloc_tables(fs) < 0) {
        munmap(m, size);
        close(fd);
        errno = ENOMEM;
        return -1;
    }
    return 0;
}

void flashsim_close(FlashSim *fs) {
    if (fs->fd >= 0) {
        msync(fs->mem, fs->map_len, MS_SYNC);
        munmap(fs->mem, fs->map_len);
        close(fs->fd);
    } else {
        free(fs->mem);
    }
    free(fs->erases);
    free(fs->programmed);
    fs->mem = NULL;
    fs->erases = NULL;
    fs->programmed = NULL;
    fs->fd = -1;
}

static int violation(FlashSim *fs, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    if (!fs->violations)
        vsnprintf(fs->why, sizeof fs->why, fmt, ap);
    va_end(ap);
    fs->violations++;
    return -1;
}

/* counts the operation; 1 = do it, 0 = power is off, 2 = do it torn */
static int power(FlashSim *fs) {
    if (fs->dead)
        return 0;
    fs->ops++;
    if (fs->cut_at && fs->ops == fs->cut_at) {
        fs->dead = 1;
        return fs->torn ? 2 : 0;
    }
    return 1;
}

int flashsim_erase(FlashSim *fs, uint32_t off) {
    if (off % fs->page_size || off >= fs->size)
        return violation(fs, "erase at %#x: not a page start", off);
    int p = power(fs);
    if (!p)
        return -1;
    uint32_t ps = fs->page_size, u = fs->prog_size;
    fs->erases[off / ps]++;
    fs->n_erase++;
    for (uint32_t i = 0; i < ps; i += u) {
        int wipe = 1;
        if (p == 2) {
            switch (fs->ops % 3) {
            case 0: wipe = i < ps / 2; break;
            case 1: wipe = i >= ps / 2; break;
            default: wipe = (i / 64) % 2 == 0; break;
            }
        }
        if (wipe) {
            memset(fs->mem + off + i, 0xFF, u);
            fs->programmed[(off + i) / u] = 0;
        }
    }
    return p == 2 ? -1 : 0;
}

int flashsim_program(FlashSim *fs, uint32_t off, const void *src, uint32_t n) {
    uint32_t u = fs->prog_size;
    const uint8_t *s = src;
    if (off % u || n % u || off > fs->size || n > fs->size - off)
        return violation(fs, "program %u bytes at %#x: not whole aligned units", n, off);
    for (uint32_t i = 0; i < n; i += u) {
        if (fs->programmed[(off + i) / u])
            return violation(fs, "program at %#x: unit already programmed", off + i);
        for (uint32_t j = 0; j < u; j++)
            if (fs->mem[off + i + j] != 0xFF)
                return violation(fs, "program at %#x: unit not erased", off + i);
    }
    int p = power(fs);
    if (!p)
        return -1;
    /* torn: only the first half of the bytes arrive */
    uint32_t m = p == 2 ? n / 2 : n;
    for (uint32_t i = 0; i < m; i++) {
        uint8_t v = fs->mem[off + i] & s[i];
        if (v != fs->mem[off + i]) /* a unit is programmed once a bit changed */
            fs->programmed[(off + i) / u] = 1;
        fs->mem[off + i] = v;
    }
    if (p == 2)
        return -1;
    for (uint32_t i = 0; i < n; i += u)
        fs->programmed[(off + i) / u] = 1;
    fs->n_program++;
    fs->bytes_programmed += n;
    return 0;
}

void flashsim_cut(FlashSim *fs, long op, int torn) {
    fs->cut_at = op;
    fs->torn = torn;
}

void flashsim_power_on(FlashSim *fs) {
    fs->dead = 0;
    fs->cut_at = 0;
    fs->torn = 0;
}

static int view_erase(void *ctx, uint32_t off) {
    FlashSim *fs = ctx;
    return flashsim_erase(fs, fs->view_off + off);
}

static int view_program(void *ctx, uint32_t off, const void *src, uint32_t n) {
    FlashSim *fs = ctx;
    return flashsim_program(fs, fs->view_off + off, src, n);
}

MrfsFlash flashsim_mrfs(FlashSim *fs, uint32_t off, uint32_t size) {
    MrfsFlash f = {0};
    fs->view_off = off;
    f.base = fs->mem + off;
    f.size = size;
    f.page_size = fs->page_size;
    f.prog_size = fs->prog_size;
    f.erase = view_erase;
    f.program = view_program;
    f.ctx = fs;
    return f;
}
