#!/bin/sh
# Install Koperasi @VERSION@ for the current user: copies this folder to PREFIX (default
# ~/.local/opt/koperasi) and adds a menu entry with its icon. No root, no internet.
# The books stay in ~/.local/share/Koperasi; reinstalling or removing PREFIX keeps them.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
prefix=${1:-"$HOME/.local/opt/koperasi"}
data=${XDG_DATA_HOME:-"$HOME/.local/share"}
mkdir -p "$prefix" "$data/applications"
cp -R "$here/." "$prefix/"
sed -e "s|^Exec=.*|Exec=\"$prefix/koperasi\"|" -e "s|^Icon=.*|Icon=$prefix/koperasi.png|" \
    "$here/koperasi.desktop" > "$data/applications/koperasi.desktop"
echo "Koperasi is installed in $prefix and in the applications menu."
