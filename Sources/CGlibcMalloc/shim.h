// glibc's malloc tuning (<malloc.h>), which Swift's Glibc module leaves out.
#ifndef CLIPPER_GLIBC_MALLOC_SHIM_H
#define CLIPPER_GLIBC_MALLOC_SHIM_H

#include <malloc.h>

/// mallopt(M_ARENA_MAX, arenas): at most this many malloc arenas from now on. Returns 1 on success.
static inline int clipper_limit_malloc_arenas(int arenas) { return mallopt(M_ARENA_MAX, arenas); }

#endif
