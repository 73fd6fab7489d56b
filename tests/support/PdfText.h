#pragma once

#include <array>
#include <cstdio>
#include <filesystem>
#include <stdexcept>
#include <string>

namespace majakka::test {

// The text of a PDF as poppler's pdftotext reads it (-layout keeps a table's
// row on one line), with the ligatures fonts draw ("ﬁ") spelt out, so that a
// test can look for words. Throws when pdftotext cannot read the file: a PDF
// that does not open fails the test.
inline std::string pdfText(const std::filesystem::path& pdf)
{
    const std::string command = "pdftotext -layout -enc UTF-8 '" + pdf.string() + "' - 2>&1";
    FILE* pipe = ::popen(command.c_str(), "r");
    if (!pipe) {
        throw std::runtime_error("cannot run pdftotext (packaging/install-deps.sh installs poppler-utils)");
    }
    std::string text;
    std::array<char, 4096> buffer {};
    for (std::size_t n; (n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0;) {
        text.append(buffer.data(), n);
    }
    if (::pclose(pipe) != 0) {
        throw std::runtime_error("pdftotext could not read " + pdf.string() + ": " + text);
    }
    for (const auto& [ligature, letters] : {std::pair<std::string, std::string>("\xef\xac\x81", "fi"),
                                            std::pair<std::string, std::string>("\xef\xac\x82", "fl"),
                                            std::pair<std::string, std::string>("\xef\xac\x80", "ff")}) {
        for (std::size_t at; (at = text.find(ligature)) != std::string::npos;) {
            text.replace(at, ligature.size(), letters);
        }
    }
    return text;
}

} // namespace majakka::test
