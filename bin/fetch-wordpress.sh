#!/usr/bin/env bash
# Fetches WordPress core from Debian's archive, for one WordPress branch, into
# $CORES_DIR/<branch>/ (a cache shared by every checkout, see bin/lib.sh) as plain files (no
# symlinks), ready to copy into a site.
#
#   bin/fetch-wordpress.sh 6.1|6.8|7.1
#
# Debian's "wordpress" package is the only WordPress we can reach offline. Each branch
# comes from one suite (6.1: bookworm, 6.8: trixie, 7.1: sid). A private apt
# configuration (own sources list, lists, cache and empty status file) downloads the
# package and the libraries it links to without touching the system's apt state.
set -euo pipefail
source "$( dirname "${BASH_SOURCE[0]}" )/lib.sh"

branch="${1:-$DEFAULT_WP_BRANCH}"
suite="$( wp_suite_for "$branch" )"
dest="$CORES_DIR/$branch"

if [[ -f "$dest/wp-includes/version.php" ]]; then
	exit 0
fi

# Two checkouts may start at once: one fetches, the other waits and then finds the core.
mkdir -p "$CORES_DIR"
exec 9> "$CORES_DIR/.lock"
flock 9
if [[ -f "$dest/wp-includes/version.php" ]]; then
	exit 0
fi

work="$CORES_DIR/.apt/$suite"
mkdir -p "$work/lists/partial" "$work/cache/archives/partial" "$work/debs" "$work/root"
: > "$work/status"

# Reuse the mirror this machine already uses for Debian, whatever it is.
mirror="$( debian_mirror )"
cat > "$work/sources.list" <<SOURCES
deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $mirror $suite main
SOURCES
cat > "$work/apt.conf" <<CONF
Dir::State "$work";
Dir::State::Lists "$work/lists";
Dir::State::status "$work/status";
Dir::Cache "$work/cache";
Dir::Etc::SourceList "$work/sources.list";
Dir::Etc::SourceParts "/nonexistent";
Acquire::Languages "none";
APT::Architecture "amd64";
APT::Sandbox::User "root";
CONF
export APT_CONFIG="$work/apt.conf"

log "Fetching WordPress $branch from Debian $suite"
apt-get update -qq

# The package plus every library package its files link into (/usr/share/javascript,
# /usr/share/php) and its default theme, found by walking its dependencies; PHP itself
# comes from the system.
wanted=( wordpress )
seen=" "
while (( ${#wanted[@]} )); do
	pkg="${wanted[0]}"
	wanted=( "${wanted[@]:1}" )
	[[ "$seen" == *" $pkg "* ]] && continue
	seen+="$pkg "
	while read -r dep; do
		case "$dep" in
			libjs-* | libphp-* | php-getid3 | node-* | fonts-* | wordpress-theme-*) wanted+=( "$dep" ) ;;
		esac
	done < <( apt-cache depends --no-suggests --no-conflicts --no-breaks --no-replaces \
		--no-enhances "$pkg" | awk '/Depends:|Recommends:/ { gsub( /[<>]/, "", $2 ); print $2 }' )
done

( cd "$work/debs" && apt-get download -qq $seen )
for deb in "$work"/debs/*.deb; do
	dpkg-deb -x "$deb" "$work/root"
done

# Debian's core links into the libraries above with relative symlinks: copy with -L so
# the site gets real files. Links to /etc/wordpress (Debian's own configuration) dangle
# here and are dropped, as is Debian's wp-config.php, which dispatches to /etc/wordpress.
find "$work/root" -xtype l -delete
rm -rf "$dest.tmp"
mkdir -p "$( dirname "$dest" )"
cp -rL "$work/root/usr/share/wordpress" "$dest.tmp"
rm -f "$dest.tmp/wp-config.php"
mv "$dest.tmp" "$dest"
rm -rf "$work/debs" "$work/root"
log "WordPress $( wp_version_of "$dest" ) is in $dest"
