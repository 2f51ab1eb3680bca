#ifndef EXTRACT_CZSTD_SHIM_H
#define EXTRACT_CZSTD_SHIM_H
#include <zstd.h>
#endif
