#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# `winsock-planner --export=chart.png --size=1600x900`, the whole process,
# against gnuplot (pngcairo) drawing the same chart from the same figures
# (bench/chart.gp), run alternately; prints both medians, their ratio, and
# the peak resident memory of both (GNU time).  Fails when the export takes
# more than 0.75 of gnuplot's time or more memory.  Exit 77 (skipped)
# without gnuplot or GNU time.
#   bench-export.sh WINSOCK_PLANNER CHART_GP [ROUNDS]
set -eu

exe=$1
script=$2
rounds=${3:-21}

if ! command -v gnuplot >/dev/null 2>&1 || [ ! -x /usr/bin/time ]; then
  echo "gnuplot or GNU time is not installed (apt-get install gnuplot-nox time): skipped"
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
: > "$dir/ours.rss"
: > "$dir/gnuplot.rss"
i=0
while [ "$i" -lt "$rounds" ]; do
  # Each under GNU time, for its peak RSS (KiB): the same cost to both.
  start=$(now_ns)
  /usr/bin/time -f %M -a -o "$dir/ours.rss" \
    env -u DISPLAY -u WAYLAND_DISPLAY "$exe" --export="$dir/chart.png" --size=1600x900
  echo $(( ($(now_ns) - start) / 1000 )) >> "$dir/ours"

  start=$(now_ns)
  /usr/bin/time -f %M -a -o "$dir/gnuplot.rss" \
    gnuplot -e "data='$dir/data'; out='$dir/gnuplot.png'; ports=$ports; maxconn=$maxconn" "$script"
  echo $(( ($(now_ns) - start) / 1000 )) >> "$dir/gnuplot"
  i=$((i + 1))
done

median () { sort -n "$1" | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
ours=$(median "$dir/ours")
theirs=$(median "$dir/gnuplot")
ours_rss=$(median "$dir/ours.rss")
theirs_rss=$(median "$dir/gnuplot.rss")

echo "winsock-planner --export=chart.png --size=1600x900: median $ours us, peak RSS $ours_rss KiB (whole process, $rounds runs)"
echo "gnuplot pngcairo, the same chart:                   median $theirs us, peak RSS $theirs_rss KiB"
awk -v a="$ours" -v b="$theirs" -v ra="$ours_rss" -v rb="$theirs_rss" 'BEGIN {
  printf "ratio export / gnuplot: %.2f (target <= 0.75)\n", a / b
  printf "ratio peak RSS export / gnuplot: %.2f (target <= 1)\n", ra / rb
  exit !(a / b <= 0.75 && ra <= rb) }'
