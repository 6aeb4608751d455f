#!/bin/sh
# Install this unpacked HyPe Desktop folder for the current user (no root needed):
# a `hype-desktop` command in ~/.local/bin, the menu entry, icons and the .hype,
# .hype-team and .hype-round file types. Run it from where the folder will stay.
#   sh install-user.sh            install
#   sh install-user.sh --remove   undo (your data folder is left alone)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
id=fi.hype_project.HypeDesktop
data=${XDG_DATA_HOME:-$HOME/.local/share}
bin=$HOME/.local/bin
if [ "${1:-}" = "--remove" ]; then
  rm -f "$bin/hype-desktop" "$data/applications/$id.desktop" "$data/metainfo/$id.metainfo.xml" \
        "$data/mime/packages/$id-mime.xml"
  find "$data/icons/hicolor" -name "$id.*" -delete 2>/dev/null || true
else
  mkdir -p "$bin" "$data/applications" "$data/metainfo" "$data/mime/packages"
  ln -sf "$here/hype-desktop" "$bin/hype-desktop"
  sed "s|^Exec=hype-desktop|Exec=\"$here/hype-desktop\"|" "$here/share/applications/$id.desktop" \
    > "$data/applications/$id.desktop"
  cp "$here/share/metainfo/$id.metainfo.xml" "$data/metainfo/"
  cp "$here/share/mime/packages/$id-mime.xml" "$data/mime/packages/"
  cp -r "$here/share/icons" "$data/"
fi
command -v update-mime-database >/dev/null 2>&1 && update-mime-database "$data/mime" || true
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$data/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
echo "HyPe Desktop: done."
