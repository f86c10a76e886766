#!/bin/sh
# sizes.sh BUILD BOARD... - text/data/bss of each segment against its slot.
# Fails, naming the segment, when one does not fit (flash or RAM).
b=$1; shift
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
exit $status
