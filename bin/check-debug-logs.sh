#!/usr/bin/env bash
# After the tests: the test sites' debug logs must hold no PHP error, warning, notice or
# deprecation raised in the plugin's own files (WordPress 6.1's core raises PHP 8.2
# deprecations of its own; those are not ours and are not counted).
set -euo pipefail
source "$( dirname "${BASH_SOURCE[0]}" )/lib.sh"

shopt -s nullglob
logs=( "$ENV_DIR"/sites/*-debug.log )
ours="($ROOT_DIR|/plugins/dokan-support-check)/(dokan-support-check\.php|uninstall\.php|php/)"
found=$( cat /dev/null "${logs[@]}" | grep -E 'PHP (Fatal error|Parse error|Warning|Notice|Deprecated)' | grep -E "$ours" || true )
if [[ -n "$found" ]]; then
	echo "$found" | sort | uniq -c | sort -rn | head -20
	echo "debug-log: 0 passed, $( echo "$found" | wc -l ) failed"
	exit 1
fi
echo "No PHP warning, notice or deprecation from the plugin in ${#logs[@]} debug logs."
echo "debug-log: ${#logs[@]} passed, 0 failed"
