#ifndef EXTRACT_CLIBXML2_SHIM_H
#define EXTRACT_CLIBXML2_SHIM_H
// Read the version header first so the ICU switch can be turned off before the other
// headers see it: with it on, libxml2's headers pull in ICU's, whose UErrorCode clashes
// with Foundation's copy ("'UErrorCode' has different definitions").
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#endif
