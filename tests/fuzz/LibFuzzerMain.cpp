// The libFuzzer entry point (clang, -fsanitize=fuzzer): see docs/sync.md.
#include "PackageReaderTarget.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    majakka::fuzz::readUntrusted(data, size);
    return 0;
}
