#include "Input.h"

#include "Error.h"

#include <fstream>
#include <iostream>
#include <iterator>

namespace majakka::cli {

std::string readInput(const std::string& file)
{
    if (file == "-") {
        return {std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>()};
    }
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        throw Error(ErrorCode::NotFound, "the file " + file + " cannot be read");
    }
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

} // namespace majakka::cli
