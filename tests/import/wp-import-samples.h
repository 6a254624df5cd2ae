/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What Windows machines print, as the tests and the fuzz corpus read it:
 * the layout of `netstat -ano` (Windows 10, English), `netstat -an`
 * (German: headings and state names translated), the CSV of
 * `Get-NetTCPConnection | Export-Csv` (Windows PowerShell 5.1: every field
 * quoted, "#TYPE" first) and `netsh int ipv4 show dynamicport tcp`. */
#pragma once

#define SAMPLE_NETSTAT_ANO \
  "\n" \
  "Active Connections\n" \
  "\n" \
  "  Proto  Local Address          Foreign Address        State           PID\n" \
  "  TCP    0.0.0.0:135            0.0.0.0:0              LISTENING       1036\n" \
  "  TCP    0.0.0.0:445            0.0.0.0:0              LISTENING       4\n" \
  "  TCP    10.0.0.5:49670         10.0.0.9:443           ESTABLISHED     3312\n" \
  "  TCP    10.0.0.5:49671         10.0.0.9:443           TIME_WAIT       0\n" \
  "  TCP    10.0.0.5:50000         10.0.0.10:80           CLOSE_WAIT      3312\n" \
  "  TCP    10.0.0.5:445           10.0.0.20:52100        ESTABLISHED     4\n" \
  "  TCP    [::]:135               [::]:0                 LISTENING       1036\n" \
  "  TCP    [::1]:49672            [::1]:8080             ESTABLISHED     5120\n" \
  "  TCP    [fe80::1%7]:49673      [fe80::2%7]:139        SYN_SENT        5120\n" \
  "  UDP    0.0.0.0:123            *:*                                    1300\n" \
  "  UDP    [::]:500               *:*                                    2800\n"

#define SAMPLE_NETSTAT_AN_GERMAN \
  "\n" \
  "Aktive Verbindungen\n" \
  "\n" \
  "  Proto  Lokale Adresse         Remoteadresse          Status\n" \
  "  TCP    0.0.0.0:135            0.0.0.0:0              ABHÖREN\n" \
  "  TCP    192.168.0.2:1030       192.168.0.1:80         HERGESTELLT\n" \
  "  TCP    192.168.0.2:1031       192.168.0.1:80         WARTEND\n"

#define SAMPLE_CSV \
  "#TYPE Microsoft.Management.Infrastructure.CimInstance#ROOT/StandardCimv2/MSFT_NetTCPConnection\n" \
  "\"State\",\"AppliedSetting\",\"OwningProcess\",\"CreationTime\",\"OffloadState\"," \
  "\"LocalAddress\",\"LocalPort\",\"RemoteAddress\",\"RemotePort\",\"PSComputerName\"\n" \
  "\"Established\",\"Internet\",\"3312\",\"11/29/2026 9:14:02 AM\",\"InHost\"," \
  "\"10.0.0.5\",\"49670\",\"10.0.0.9\",\"443\",\n" \
  "\"TimeWait\",,\"0\",,\"InHost\",\"10.0.0.5\",\"49671\",\"10.0.0.9\",\"443\",\n" \
  "\"Listen\",,\"1036\",\"11/29/2026 8:00:00 AM\",\"InHost\",\"0.0.0.0\",\"135\",\"0.0.0.0\",\"0\",\n" \
  "\"Bound\",,\"5120\",,\"InHost\",\"0.0.0.0\",\"49680\",\"0.0.0.0\",\"0\",\n"

#define SAMPLE_NETSH \
  "\n" \
  "Protocol tcp Dynamic Port Range\n" \
  "---------------------------------\n" \
  "Start Port      : 1025\n" \
  "Number of Ports : 64511\n" \
  "\n"
