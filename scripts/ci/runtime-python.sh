#!/usr/bin/env bash
# Prints the path of a CPython of the version generated projects pin (the Lambda runtime they deploy), and
# makes one from Debian unstable's packages when this machine has none.
#
#   scripts/ci/runtime-python.sh [X.Y]     default: the `requires-python = "==X.Y.*"` of the project template
#
# An interpreter uv already finds (uv python install, actions/setup-python, a distribution package) is
# printed as it is. Otherwise unstable's python3.X-minimal, libpython3.X-minimal and libpython3.X-stdlib,
# with unstable's libc and the libraries they link, are fetched with apt-get download (signatures checked
# against Debian's keyring) under a private apt state, so the system's apt configuration is only read, and
# unpacked with dpkg -x, not installed. That interpreter needs a newer glibc than this machine may have, so
# the printed `python3.X` is a wrapper that starts it through unstable's own loader and libraries; it works
# for uv virtual environments, pytest and subprocesses. The result is kept in
# ${XDG_CACHE_HOME:-~/.cache}/fastapi-scaffold/python3.X/, so later runs print it without a download.
#
# uv finds it by name: add the printed file's directory at the END of PATH, so it serves requests for 3.X
# and nothing else (`python3` still finds the machine's own).
set -euo pipefail

repo="$(cd "$(dirname "$0")/../.." && pwd)"
template="$repo/templates/__directory__/__projectName__/pyproject.toml"
version="${1:-$(sed -n 's/^requires-python = "==\([0-9]*\.[0-9]*\)\.\*"$/\1/p' "$template")}"
if ! [[ "$version" =~ ^3\.[0-9]+$ ]]; then
  echo "runtime-python: no Python version to provide (got '${version}'); pass one, like 3.15" >&2
  exit 2
fi
say() { echo "runtime-python: $*" >&2; }

if command -v uv >/dev/null 2>&1 &&
  found="$(UV_PYTHON_DOWNLOADS=never uv python find --system --no-project "$version" 2>/dev/null)"; then
  echo "$found"
  exit 0
fi
# Where uv may download Pythons (most machines, GitHub's runners), its own build is the simplest source.
if command -v uv >/dev/null 2>&1 && timeout 120 uv python install --quiet "$version" >/dev/null 2>&1 &&
  found="$(UV_PYTHON_DOWNLOADS=never uv python find --no-project "$version" 2>/dev/null)"; then
  echo "$found"
  exit 0
fi

case "$(dpkg --print-architecture 2>/dev/null || true)" in
  amd64) triplet=x86_64-linux-gnu loader=ld-linux-x86-64.so.2 ;;
  arm64) triplet=aarch64-linux-gnu loader=ld-linux-aarch64.so.1 ;;
  *)
    say "no Python $version found, and Debian packages can only be used on amd64 or arm64 Debian/Ubuntu"
    exit 1
    ;;
esac

cache="${XDG_CACHE_HOME:-$HOME/.cache}/fastapi-scaffold"
home="$cache/python$version"
wrapper="$home/usr/bin/python$version"
# The wrapper names these paths inside double quotes.
if [[ "$home" =~ [^A-Za-z0-9._/+-] ]]; then
  say "the cache directory $home has characters the wrapper cannot quote; set XDG_CACHE_HOME"
  exit 1
fi
# Parallel callers (test files, CI steps) wait for one build instead of racing it.
mkdir -p "$cache"
exec 9>"$cache/python$version.lock"
flock 9

works() {
  [ -x "$wrapper" ] && [ "$("$wrapper" -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null)" = "$version" ]
}
if works; then
  echo "$wrapper"
  exit 0
fi

keyring=/usr/share/keyrings/debian-archive-keyring.gpg
if [ ! -r "$keyring" ]; then
  say "Debian's archive keyring ($keyring) is missing: apt-get install debian-archive-keyring"
  exit 1
fi

work="$(mktemp -d "$cache/build.XXXXXX")"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/apt/lists/partial" "$work/apt/archives/partial" "$work/apt/sources.list.d" \
  "$work/apt/preferences.d" "$work/debs" "$work/root"
echo "deb [signed-by=$keyring] http://deb.debian.org/debian unstable main" >"$work/apt/sources.list"
apt_options=(
  -o "Dir::State=$work/apt" -o "Dir::State::Lists=$work/apt/lists"
  -o "Dir::Cache=$work/apt" -o "Dir::Cache::Archives=$work/apt/archives"
  -o "Dir::Etc::SourceList=$work/apt/sources.list" -o "Dir::Etc::SourceParts=$work/apt/sources.list.d"
  -o "Dir::Etc::Preferences=$work/apt/preferences" -o "Dir::Etc::PreferencesParts=$work/apt/preferences.d"
  # Files owned by this user: apt need not switch to its _apt user to write them.
  -o "APT::Sandbox::User=$(id -un)"
)
say "fetching the package lists of Debian unstable"
apt-get "${apt_options[@]}" -qq update >&2

# The three Python packages, then every library their Depends and libc6's name, except data packages
# (tzdata, media-types, netbase) that the standard library falls back from.
packages=(
  "python$version-minimal" "libpython$version-minimal" "libpython$version-stdlib"
  libc6 libgcc-s1 libexpat1 libzstd1 zlib1g libssl3t64 libbz2-1.0 libffi8 liblzma5
  libncursesw6 libtinfo6 libreadline8t64 libsqlite3-0 libuuid1
)
candidate="$(apt-cache "${apt_options[@]}" policy "python$version-minimal" | awk '$1 == "Candidate:" { print $2 }')"
if [ -z "$candidate" ] || [ "$candidate" = "(none)" ]; then
  say "Debian unstable has no python$version-minimal"
  exit 1
fi
say "Debian unstable has python$version-minimal $candidate"
(cd "$work/debs" && apt-get "${apt_options[@]}" -qq download "${packages[@]}" >&2)
for deb in "$work/debs"/*.deb; do
  dpkg -x "$deb" "$work/root"
  # shellcheck disable=SC2016 # dpkg-deb's fields, not shell variables
  dpkg-deb --show --showformat='${Package} ${Version}\n' "$deb" >>"$work/root/PACKAGES"
done

# The real executable moves out of usr/bin: the wrapper takes its name there, because Python finds its
# standard library (usr/lib/python3.X) from the path it is started as.
mkdir -p "$work/root/usr/libexec"
mv "$work/root/usr/bin/python$version" "$work/root/usr/libexec/python$version"
cat >"$work/root/usr/bin/python$version" <<EOF
#!/bin/sh
# CPython $version from Debian unstable (see ../../PACKAGES), started through unstable's own loader and
# libraries rather than this machine's older glibc. --argv0 makes Python see this script's path (or the
# venv link that led here) as sys.executable, so venvs and subprocesses come back through this wrapper.
exec "$home/usr/lib/$triplet/$loader" --library-path "$home/usr/lib/$triplet" --argv0 "\$0" "$home/usr/libexec/python$version" "\$@"
EOF
chmod 755 "$work/root/usr/bin/python$version"

rm -rf "$home"
mv "$work/root" "$home"
# Debian compiles the standard library when it installs the package; dpkg -x does not, and without
# bytecode every interpreter start would compile what it imports again.
if ! "$wrapper" -I -m compileall -q -j 0 "$home/usr/lib/python$version" >&2 ||
  ! "$wrapper" -I -c 'import bz2, ctypes, decimal, hashlib, lzma, pyexpat, sqlite3, ssl, uuid, zlib' ||
  ! works; then
  say "the Python $version made from Debian's packages does not run; removing it"
  rm -rf "$home"
  exit 1
fi
say "Python $version from Debian unstable is in $home"
echo "$wrapper"
