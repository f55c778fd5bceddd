#!/bin/sh
# Installs LDN Diary for you alone, no administrator needed: the program in ~/.local/lib/ldn-diary,
# the `ldn-diary` command in ~/.local/bin, and its menu entry and icons. Run it from the unpacked
# ldn-diary folder:
#     ./install.sh               install, or update an earlier install
#     ./install.sh --uninstall   remove the program (your diary and its backups are kept)
set -eu

here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
program=$HOME/.local/lib/ldn-diary
bin=$HOME/.local/bin
metainfo=org.ldndiary.LDNDiary.metainfo.xml
sizes="16 24 32 48 64 128 256 512"

refresh() {
  command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$data/applications" || true
  command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -f -t "$data/icons/hicolor" || true
}

if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$program"
  [ -L "$bin/ldn-diary" ] && rm -f "$bin/ldn-diary"
  rm -f "$data/applications/ldn-diary.desktop" "$data/metainfo/$metainfo" \
        "$data/icons/hicolor/scalable/apps/ldn-diary.svg"
  for size in $sizes; do rm -f "$data/icons/hicolor/${size}x${size}/apps/ldn-diary.png"; done
  refresh
  echo "LDN Diary was removed. Your diary is still in ${data}/LDN Diary (delete that folder to remove it too)."
  exit 0
fi

if [ ! -x "$here/ldn-diary" ] || [ ! -d "$here/_internal" ]; then
  echo "Run install.sh from the unpacked ldn-diary folder (it holds ldn-diary and _internal)." >&2
  exit 1
fi

# A fresh copy, so that no file of an older version is left behind.
rm -rf "$program.new"
mkdir -p "$program.new" "$bin"
cp -R "$here/ldn-diary" "$here/_internal" "$program.new/"
rm -rf "$program"
mv "$program.new" "$program"
ln -sfn "$program/ldn-diary" "$bin/ldn-diary"

mkdir -p "$data/applications" "$data/metainfo"
# The menu entry runs the program by its full path: ~/.local/bin is not on every desktop's PATH.
sed "s|^Exec=ldn-diary|Exec=\"$program/ldn-diary\"|" "$here/share/applications/ldn-diary.desktop" \
  > "$data/applications/ldn-diary.desktop"
cp "$here/share/metainfo/$metainfo" "$data/metainfo/"
for size in $sizes scalable; do
  [ "$size" = scalable ] && folder=scalable || folder=${size}x${size}
  mkdir -p "$data/icons/hicolor/$folder/apps"
  cp "$here/share/icons/hicolor/$folder/apps/"ldn-diary.* "$data/icons/hicolor/$folder/apps/"
done
refresh

echo "LDN Diary is installed: open it from your applications menu, or run $bin/ldn-diary"
