#!/bin/sh
# sizes.sh BUILD BOARD... - text/data/bss of each segment against its slot,
# then core's text with and without its optional parts.
# Fails, naming the segment, when one does not fit (flash or RAM).
b=$1; shift
boards=$* # (the loops below reuse "$@")
status=0
printf '%-8s %-5s %8s %6s %6s %8s %6s %9s %s\n' board seg text data bss slot used ram/slot ok
for board in "$@"; do
  for seg in boot core devs; do
    elf=$b/$board/$seg.elf
    [ -f "$elf" ] || { echo "$board $seg: missing $elf"; status=1; continue; }
    set -- $(arm-none-eabi-size "$elf" | awk 'NR==2 {print $1, $2, $3}')
    text=$1 data=$2 bss=$3
    up=$(echo $seg | tr a-z A-Z)
    slot=$(printf '%s\n' "#include \"boot/$board/layout.h\"" "${up}_SIZE" | cpp -P | tail -1)
    ram=$(printf '%s\n' "#include \"boot/$board/layout.h\"" "${up}_RAM_SIZE" | cpp -P | tail -1)
    slot=$((slot)); ram=$((ram))
    flash=$((text + data)); rams=$((data + bss))
    ok=yes
    if [ $flash -gt $slot ] || [ $rams -gt $ram ]; then ok="NO: $seg segment overflows its slot"; status=1; fi
    printf '%-8s %-5s %8d %6d %6d %8d %5d%% %4d/%-4d %s\n' $board $seg $text $data $bss $slot \
      $((flash * 100 / slot)) $rams $ram "$ok"
  done
done

# Core with and without its optional parts (Makefile: "optional parts"
# block): the board's own core, its core with the compiler toggled
# (BOARD-nocomp or BOARD-comp), and core-min (BOARD-min).
text_of() { arm-none-eabi-size "$1" | awk 'NR==2 {print $1}'; }
echo
echo 'core text (bytes) with and without optional parts; * = the core the board runs'
printf '%-8s %13s %13s %9s %9s %8s\n' board core+compiler core-compiler compiler core-min min/slot
for board in $boards; do
  core=$b/$board/core.elf min=$b/$board-min/core.elf
  [ -f "$core" ] || continue
  t=$(text_of "$core")
  if [ -f "$b/$board-nocomp/core.elf" ]; then
    with="$t*" without=$(text_of "$b/$board-nocomp/core.elf"); comp=$((t - without))
  elif [ -f "$b/$board-comp/core.elf" ]; then
    w=$(text_of "$b/$board-comp/core.elf"); with=$w without="$t*"; comp=$((w - t))
  else
    echo "$board: missing $b/$board-nocomp/core.elf or $b/$board-comp/core.elf"; status=1; continue
  fi
  [ -f "$min" ] || { echo "$board: missing $min"; status=1; continue; }
  set -- $(arm-none-eabi-size "$min" | awk 'NR==2 {print $1, $2}')
  mt=$1 md=$2
  slot=$(printf '%s\n' "#include \"boot/$board/layout.h\"" CORE_SIZE | cpp -P | tail -1)
  printf '%-8s %13s %13s %9d %9d %7d%%\n' $board "$with" "$without" $comp $mt $(((mt + md) * 100 / slot))
done
echo 'compiler: the difference of the two links; core-min: float (with math), big ints, array,'
echo 'VaryVec and the compiler left out (core/config.h)'
exit $status
