#!/usr/bin/env python3
"""Evicts the files named on stdin (NUL-separated, as find -print0 gives them) from the page cache.

posix_fadvise(DONTNEED) needs no root. A file's dirty pages are written out first (fsync), since
DONTNEED leaves those in memory. Pages that other processes hold stay. Used by bench/job.sh (the
input, for the "cold-ish" cat) and bench/scale.sh (COLD=1: the output, as a run once a day finds it).
"""
import os
import sys

for path in sys.stdin.buffer.read().split(b"\0"):
    if path:
        fd = os.open(path, os.O_RDONLY)
        try:
            try:
                os.fsync(fd)
            except OSError:
                pass  # a read-only file system has no dirty pages to write
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        finally:
            os.close(fd)
