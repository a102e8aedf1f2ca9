#!/bin/sh
# Put Gui'an Compute Explorer into your applications menu (for the current user only),
# pointing at this unpacked folder. Run it again after moving the folder.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
mkdir -p "$data/applications"
for icon in "$here"/share/icons/hicolor/*/apps/guian-compute-explorer.png; do
  size=$(basename "$(dirname "$(dirname "$icon")")")
  mkdir -p "$data/icons/hicolor/$size/apps"
  cp "$icon" "$data/icons/hicolor/$size/apps/"
done
sed -e "s|^Exec=.*|Exec=\"$here/guian-explorer\"|" -e "s|^TryExec=.*|TryExec=$here/guian-explorer|" \
  "$here/share/guian-compute-explorer.desktop" > "$data/applications/guian-compute-explorer.desktop"
command -v update-desktop-database >/dev/null && update-desktop-database "$data/applications" || true
echo "Added to the applications menu: $data/applications/guian-compute-explorer.desktop"
