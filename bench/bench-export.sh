#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# `winsock-planner --export=chart.png --size=1600x900`, the whole process,
# against gnuplot (pngcairo) drawing the same chart from the same figures
# (bench/chart.gp), run alternately; prints both medians and their ratio.
# Fails when the export is not faster.  Exit 77 (skipped) without gnuplot.
#   bench-export.sh WINSOCK_PLANNER CHART_GP [ROUNDS]
set -eu

exe=$1
script=$2
rounds=${3:-21}

if ! command -v gnuplot >/dev/null 2>&1; then
  echo "gnuplot is not installed (apt-get install gnuplot-nox): skipped"
  exit 77
fi

dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT INT TERM

# The figures, from the calculator: the RAM of each vertex the chart draws.
for ram in 16 1024 2048 4096; do
  "$exe" --csv --ram="$ram" --platform=nt4,win2000 | awk -F, -v ram="$ram" '
    $1 == "nt4"     { p4 = $7; t4 = $8; ports = $9 }
    $1 == "win2000" { p5 = $7; t5 = $8 }
    END { print ram, p4, t4, p5, t5 }'
done > "$dir/data"
ports=$("$exe" --csv --platform=nt4 | awk -F, 'NR == 2 { print $9 }')
maxconn=$("$exe" --csv --platform=win95 | awk -F, 'NR == 2 { print $12 }')

now_ns () { date +%s%N; }

: > "$dir/ours"
: > "$dir/gnuplot"
i=0
while [ "$i" -lt "$rounds" ]; do
  start=$(now_ns)
  env -u DISPLAY -u WAYLAND_DISPLAY "$exe" --export="$dir/chart.png" --size=1600x900
  echo $(( ($(now_ns) - start) / 1000 )) >> "$dir/ours"

  start=$(now_ns)
  gnuplot -e "data='$dir/data'; out='$dir/gnuplot.png'; ports=$ports; maxconn=$maxconn" "$script"
  echo $(( ($(now_ns) - start) / 1000 )) >> "$dir/gnuplot"
  i=$((i + 1))
done

median () { sort -n "$1" | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
ours=$(median "$dir/ours")
theirs=$(median "$dir/gnuplot")

echo "winsock-planner --export=chart.png --size=1600x900: median $ours us (whole process, $rounds runs)"
echo "gnuplot pngcairo, the same chart:                   median $theirs us"
awk -v a="$ours" -v b="$theirs" 'BEGIN { printf "ratio export / gnuplot: %.2f (target < 1)\n", a / b; exit !(a < b) }'
