// Writes the seed inputs as files into a folder, the starting corpus for
// libFuzzer: majakka-fuzz-corpus DIR
#include "PackageReaderTarget.h"
#include "store/AtomicFile.h"

#include <filesystem>
#include <iostream>

int main(int argc, char** argv)
{
    if (argc != 2) {
        std::cerr << "usage: majakka-fuzz-corpus DIR\n";
        return 2;
    }
    std::filesystem::create_directories(argv[1]);
    int index = 0;
    for (const auto& input : majakka::fuzz::seedInputs()) {
        majakka::store::writeFileAtomically(
            std::filesystem::path(argv[1]) / ("seed-" + std::to_string(index++)), input);
    }
    std::cout << "wrote " << index << " seed inputs to " << argv[1] << "\n";
    return 0;
}
