// libxml2's HTML parser (Debian: libxml2-dev), the parser under lxml and trafilatura.
#ifndef CLIPPER_LIBXML2_SHIM_H
#define CLIPPER_LIBXML2_SHIM_H

#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/parser.h>

#endif
