#ifndef EXTRACT_CEXTTEXTCAT_SHIM_H
#define EXTRACT_CEXTTEXTCAT_SHIM_H
// libexttextcat: N-gram language guessing (Cavnar & Trenkle), with the fingerprints LibreOffice uses.
#include <textcat.h>
#endif
