#ifndef EXTRACT_CZLIB_SHIM_H
#define EXTRACT_CZLIB_SHIM_H
#include <zlib.h>

// inflateInit2 is a macro that passes the library version and struct size; Swift cannot
// call macros, so this wraps it.
static inline int extract_inflate_init(z_streamp stream, int window_bits) {
  return inflateInit2(stream, window_bits);
}
#endif
