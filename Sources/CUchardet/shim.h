#ifndef EXTRACT_CUCHARDET_SHIM_H
#define EXTRACT_CUCHARDET_SHIM_H
// Mozilla's universal charset detector, as freedesktop.org's uchardet packages it.
#include <uchardet.h>
#endif
