// The one C dependency of ClipperWatch: libinotifytools (Debian: libinotifytools0-dev).
//
// libinotifytools keeps global state (one inotify descriptor, a watch table) and
// returns each event in a static buffer that the next call overwrites, so exactly
// one thread may use it, and it must copy an event before asking for the next.
#ifndef CLIPPER_INOTIFYTOOLS_SHIM_H
#define CLIPPER_INOTIFYTOOLS_SHIM_H

#include <inotifytools/inotifytools.h>
#include <sys/inotify.h>

/// The length of the name stored after an event (including padding NULs).
/// Swift cannot see past the flexible array member `name[]`; the caller reads
/// `clipper_inotify_event_name` instead.
static inline unsigned int clipper_inotify_event_name_length(const struct inotify_event *event) {
    return event->len;
}

/// The NUL-terminated file name of an event, or NULL when the event has none
/// (events about the watched directory itself, and `IN_Q_OVERFLOW`).
static inline const char *clipper_inotify_event_name(const struct inotify_event *event) {
    return event->len > 0 ? event->name : (const char *)0;
}

#endif
