# The chart of `winsock-planner --export=chart.png --size=1600x900`, drawn by
# gnuplot (pngcairo) for bench-export.sh: the same series, band, levels,
# marker, legend and titles, from the same figures (bench-export.sh writes
# them from `winsock-planner --csv`).  Call with
#   gnuplot -e "data='FILE'; out='FILE.png'; ports=3976; maxconn=100" chart.gp
# Columns of data: RAM MB, NT 4.0 practical, theoretical, 2000+ practical,
# theoretical.
set terminal pngcairo size 1600,900 font "Sans,10" enhanced
set output out
set title "{/:Bold Socket connections by physical memory}\nRAM 2 GB · MaxUserPort 5000 · TIME\\_WAIT platform default · MaxConnections 100" left
set xlabel "Physical memory (RAM)"
set ylabel "Socket connections"
set xrange [0:4096]
set yrange [0:30000]
set xtics ("0" 0, "512 MB" 512, "1 GB" 1024, "1.5 GB" 1536, "2 GB" 2048, "2.5 GB" 2560, "3 GB" 3072, "3.5 GB" 3584, "4 GB" 4096)
set ytics 5000
set grid lc rgb "#E0E0E0"
set border 3
set key outside right top
set arrow from 2048, graph 0 to 2048, graph 1 nohead lc rgb "#404040" lw 1.5
set label "2 GB" at 2048, graph 1.03 center
set style fill solid 0.13 noborder
plot data using 1:4:5 with filledcurves lc rgb "#0072B2" notitle, \
     data using 1:2:3 with filledcurves lc rgb "#D55E00" notitle, \
     maxconn with lines lw 2 lc rgb "#009E73" title sprintf("Windows 95, 98, ME: MaxConnections %d", maxconn), \
     data using 1:3 with lines lw 2 dt 2 lc rgb "#D55E00" notitle, \
     data using 1:2 with lines lw 2 lc rgb "#D55E00" title "Windows NT 4.0", \
     data using 1:5 with lines lw 4 dt 2 lc rgb "#0072B2" notitle, \
     data using 1:4 with lines lw 4 lc rgb "#0072B2" title "Windows 2000, XP, 2003", \
     ports with lines lw 2 dt 3 lc rgb "#1E1E1E" title sprintf("Client ports (MaxUserPort − 1024): %d", ports), \
     data using (2048):(column(1) == 2048 ? $4 : 1/0) with points pt 7 ps 1.5 lc rgb "#0072B2" notitle, \
     data using (2048):(column(1) == 2048 ? $5 : 1/0):(sprintf("%d", $5)) with labels offset 4,0 notitle, \
     data using (2048):(column(1) == 2048 ? $4 : 1/0):(sprintf("%d", $4)) with labels offset 4,0 notitle
