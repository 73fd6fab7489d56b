#!/usr/bin/env bash
# The manual pages format without a warning, and majakka-cli(1) and docs/cli.md
# name every command the program's own help lists, so that neither falls
# behind when a command is added.
#   manual_pages_test.sh GROFF MAJAKKA_CLI docs/cli.md PAGE...
set -euo pipefail
groff=$1
cli=$2
reference=$3
shift 3
fail() {
    echo "FAIL: $*" >&2
    exit 1
}

# What man(1) runs, with every warning on; a page that warns is mangled somewhere.
for page in "$@"; do
    warnings=$("$groff" -man -ww -z -Tutf8 "$page" 2>&1) || fail "groff could not format $page"
    [ -z "$warnings" ] || fail "$(basename "$page"): $warnings"
done

# The command names in `majakka-cli help`: the lower-case words that start each
# command's line, up to its first option or argument ("user office", "dump").
commands=$("$cli" help | sed -nE 's/^  ([a-z][a-z-]*( [a-z][a-z-]*)*)( .*)?$/\1/p')
[ "$(wc -l <<<"$commands")" -ge 30 ] || fail "majakka-cli help lists only: $commands"

cli_page=$1
# Wide lines and no hyphenation, so that a command's heading stays on one line.
rendered=$("$groff" -man -Tutf8 -rLL=300n -rHY=0 -P-cbou "$cli_page")
missing=()
while read -r command; do
    grep -qE "^ +$command( |$)" <<<"$rendered" || missing+=("majakka-cli(1): $command")
    grep -qF "\`$command" "$reference" || missing+=("$(basename "$reference"): $command")
done <<<"$commands"
[ ${#missing[@]} -eq 0 ] || fail "commands in majakka-cli help but not described: ${missing[*]}"
echo "OK: $(wc -l <<<"$commands") commands, each in majakka-cli(1) and $(basename "$reference"); no groff warnings"
