#!/usr/bin/env bash
# deps.sh - installs the Debian packages Monty needs when they are missing.
# Used by .ci/run, `make run` and `make test` (docs/build.md).
set -euo pipefail
need=()
have() { command -v "$1" >/dev/null 2>&1; }
have gcc || need+=(gcc)
have make || need+=(make)
have python3 || need+=(python3)
have clang || need+=(clang)
have arm-none-eabi-gcc || need+=(gcc-arm-none-eabi)
have qemu-system-arm || need+=(qemu-system-arm)
have valgrind || need+=(valgrind)
have git || need+=(git)
[ -d /usr/lib/arm-none-eabi/newlib ] || [ -f /usr/lib/arm-none-eabi/lib/libc.a ] || need+=(libnewlib-arm-none-eabi)
# libFuzzer and the sanitizer runtimes for clang
ls /usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1 ||
  ls /usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-*.a >/dev/null 2>&1 ||
  need+=(libclang-rt-dev)
if [ ${#need[@]} -gt 0 ]; then
  echo "deps: installing ${need[*]}"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
