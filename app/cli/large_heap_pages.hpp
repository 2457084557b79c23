#pragma once
// motus-cli's heap in 2 MiB pages, for the page faults a short run would otherwise pay one 4 KiB
// page at a time.

namespace motus::cli {

// Grows the heap now by a reserve of its own and asks the kernel to back it with transparent huge
// pages (where the kernel offers them only on request, as Debian's does). Call first in main(),
// before the heap is busy. Nothing changes when the kernel says no: the heap just grows as usual.
void useLargeHeapPages();

}  // namespace motus::cli
