// libxml2's HTML parser (Debian: libxml2-dev), the parser under lxml and trafilatura.
//
// Debian builds libxml2 with ICU, so <libxml/encoding.h> would pull in ICU's <unicode/ucnv.h>,
// whose types clash with the copy of ICU that Foundation ships (`UErrorCode has different
// definitions`). Clipper never touches libxml2's encoding handlers (it hands the parser UTF-8), so
// the ICU-only fields of `xmlCharEncodingHandler` are hidden here: we include the version header,
// undefine LIBXML_ICU_ENABLED, then include the rest. Only pointers to that struct are ever seen.
#ifndef CLIPPER_LIBXML2_SHIM_H
#define CLIPPER_LIBXML2_SHIM_H

#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/parser.h>

#endif
