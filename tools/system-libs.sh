#!/usr/bin/env bash
# Install, with apt-get, only the system libraries Qt needs that this machine lacks.
#   tools/system-libs.sh offscreen   what headless tests need (poppler-utils on a stock Debian 12 image)
#   tools/system-libs.sh xvfb        plus a virtual X display for screenshots
# Does nothing (and needs no root) when everything is already there.
set -euo pipefail
mode=${1:-offscreen}

declare -A libs=(
  [libEGL.so.1]=libegl1 [libGL.so.1]=libgl1 [libxkbcommon.so.0]=libxkbcommon0
  [libfontconfig.so.1]=libfontconfig1 [libdbus-1.so.3]=libdbus-1-3 [libglib-2.0.so.0]=libglib2.0-0
)
# poppler-utils: the tests read the investor pack's PDF as text (pdftotext) and render its pages
declare -A commands=([pdftotext]=poppler-utils [pdftoppm]=poppler-utils [pdffonts]=poppler-utils)
if [ "$mode" = xvfb ]; then
  libs+=(
    [libxcb-cursor.so.0]=libxcb-cursor0 [libxcb-icccm.so.4]=libxcb-icccm4
    [libxcb-keysyms.so.1]=libxcb-keysyms1 [libxkbcommon-x11.so.0]=libxkbcommon-x11-0
    [libxcb-image.so.0]=libxcb-image0 [libxcb-render-util.so.0]=libxcb-render-util0
    [libxcb-shape.so.0]=libxcb-shape0 [libxcb-randr.so.0]=libxcb-randr0 [libX11-xcb.so.1]=libx11-xcb1
  )
  commands+=([xvfb-run]=xvfb [xauth]=xauth)
fi

missing=()
for lib in "${!libs[@]}"; do
  ldconfig -p | grep -q "$lib" || missing+=("${libs[$lib]}")
done
for cmd in "${!commands[@]}"; do
  command -v "$cmd" >/dev/null || missing+=("${commands[$cmd]}")
done
[ ${#missing[@]} -eq 0 ] && exit 0
mapfile -t missing < <(printf '%s\n' "${missing[@]}" | sort -u)

echo "Installing missing system packages: ${missing[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
