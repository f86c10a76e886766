#!/bin/sh
# run_elf.sh - runs one bare-metal program (tests/qemu/qemu.mk) on
# qemu-system-arm -M mps2-an385 with semihosting.
#
#   tests/qemu/run_elf.sh [-i] [-t SECONDS] ELF [QEMU OPTION...]
#
#   -i          count instructions: -icount shift=0 (1 instruction = 1 ns of
#               virtual time, so a 25 MHz SysTick cycle = 40 instructions)
#   -t SECONDS  time-out in host seconds (default $QEMU_TIMEOUT or 120)
#
# The program's stdout and stderr are this script's.  The exit status is
# the program's: main's return value or exit()'s argument, 134 for abort(),
# 139 after a fault (a line on stderr says which).  On a time-out a line
# on stderr says so and the status is 124.  QEMU is $QEMU or qemu-system-arm.
set -u

usage() {
    echo "usage: $0 [-i] [-t SECONDS] ELF [QEMU OPTION...]" >&2
    exit 2
}

icount=
secs=${QEMU_TIMEOUT:-120}
while getopts it: opt; do
    case $opt in
    i) icount="-icount shift=0,align=off,sleep=off" ;;
    t) secs=$OPTARG ;;
    *) usage ;;
    esac
done
shift $((OPTIND - 1))
[ $# -ge 1 ] || usage
elf=$1
shift
[ -f "$elf" ] || { echo "run_elf: $elf: no such file" >&2; exit 2; }

# -serial/-monitor none: the programs talk through semihosting only, and
# QEMU must not take the terminal
# shellcheck disable=SC2086
timeout -k 5 "$secs" "${QEMU:-qemu-system-arm}" -M mps2-an385 -display none \
    -serial none -monitor none -semihosting-config enable=on,target=native \
    $icount -kernel "$elf" "$@"
rc=$?
if [ $rc -eq 124 ] || [ $rc -eq 137 ]; then
    echo "run_elf: $elf: timed out after $secs s" >&2
    exit 124
fi
exit $rc
