#!/usr/bin/env bash
# Installs the Debian packages the local site and the tests need, if any is missing:
# PHP with the extensions WordPress uses, MariaDB, Debian's PHPUnit and Chromium.
# Needs root (or sudo) only when something is missing.
set -euo pipefail
source "$( dirname "${BASH_SOURCE[0]}" )/lib.sh"

packages=(
	php-cli php-mysql php-xml php-mbstring php-curl php-zip php-intl php-gd
	mariadb-server mariadb-client
	phpunit
	chromium
	ca-certificates
)

missing=()
for pkg in "${packages[@]}"; do
	dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=( "$pkg" )
done
(( ${#missing[@]} )) || exit 0

sudo=()
if (( EUID != 0 )); then
	command -v sudo >/dev/null || die "missing Debian packages (${missing[*]}); run this script as root"
	sudo=( sudo )
fi
log "Installing Debian packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
