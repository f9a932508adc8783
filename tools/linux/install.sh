#!/bin/sh
# Install Briefer for this user only, without root: the application folder in
# ~/.local/opt/briefer, the command ~/.local/bin/briefer, the menu entry and icons
# in ~/.local/share. Run from the unpacked tarball:
#
#     ./install.sh                 install or upgrade (your library is not touched)
#     ./install.sh --uninstall     remove the application (your library stays)
#     ./install.sh --prefix DIR    another place than ~/.local
#
# Your library, backups and settings live elsewhere (~/.local/share/Briefer and
# ~/.config/Briefer) and are never changed by this script.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
prefix="${HOME}/.local"
action=install
while [ $# -gt 0 ]; do
  case "$1" in
    --uninstall) action=uninstall ;;
    --prefix) shift; prefix="$1" ;;
    --prefix=*) prefix="${1#--prefix=}" ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) echo "install.sh: unknown option '$1' (see --help)" >&2; exit 2 ;;
  esac
  shift
done

app="${prefix}/opt/briefer"
bin="${prefix}/bin"
share="${prefix}/share"
icons="${share}/icons/hicolor"

refresh() {
  # The desktop picks the entry up by itself; these only make it quicker.
  if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "${share}/applications" 2>/dev/null || true
  fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "${icons}/index.theme" ]; then
    gtk-update-icon-cache -q -t "${icons}" 2>/dev/null || true
  fi
}

if [ "$action" = uninstall ]; then
  rm -rf "${app}"
  rm -f "${bin}/briefer" "${share}/applications/briefer.desktop"
  rm -f "${icons}/scalable/apps/briefer.svg"
  for size in @SIZES@; do rm -f "${icons}/${size}x${size}/apps/briefer.png"; done
  refresh
  echo "Briefer is removed; your library in ~/.local/share/Briefer is kept."
  exit 0
fi

if [ ! -x "${here}/briefer/briefer" ]; then
  echo "install.sh: run me from the unpacked folder (briefer/briefer is missing)" >&2
  exit 1
fi

mkdir -p "${prefix}/opt" "${bin}" "${share}/applications" "${icons}/scalable/apps"
# Copy beside the old version first, then swap: a failed copy leaves the old one working.
rm -rf "${app}.new"
cp -R "${here}/briefer" "${app}.new"
rm -rf "${app}.old"
if [ -e "${app}" ]; then mv "${app}" "${app}.old"; fi
mv "${app}.new" "${app}"
rm -rf "${app}.old"
ln -sf "${app}/briefer" "${bin}/briefer"

sed "s|@EXEC@|${app}/briefer|g" "${here}/share/briefer.desktop.in" > "${share}/applications/briefer.desktop"
cp "${here}/share/icons/briefer.svg" "${icons}/scalable/apps/briefer.svg"
for size in @SIZES@; do
  mkdir -p "${icons}/${size}x${size}/apps"
  cp "${here}/share/icons/briefer-${size}.png" "${icons}/${size}x${size}/apps/briefer.png"
done
refresh

echo "Briefer @VERSION@ is installed in ${app}."
echo "Start it from the menu (Kantoor > Briefer) or with: ${bin}/briefer"
case ":${PATH}:" in
  *":${bin}:"*) ;;
  *) echo "(${bin} is not on your PATH: add it to use 'briefer' in a terminal)" ;;
esac
