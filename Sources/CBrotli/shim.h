#ifndef EXTRACT_CBROTLI_SHIM_H
#define EXTRACT_CBROTLI_SHIM_H
#include <brotli/decode.h>
#endif
