# tests/qemu/qemu.mk - C unit tests and C benchmarks as bare-metal programs
# for qemu mps2-an385 (Cortex-M3); see tests/qemu/README.md.
#
# Included by the root Makefile, after its variables (B, ARM_CC, ARM_PREFIX,
# WARN, ARM_COMMON, qemu_ARCH, HOST_INC, BUILD_ID, CORE_DEFS, BOOT_SRC,
# MRFS_SRC, CORE_SRC) are set.  Adds:
#   qemu-units    build/qemu-tests/unit/test_X.elf for X in QEMU_UNITS
#   qemu-benches  build/qemu-tests/bench/X.elf for X in QEMU_BENCHES
# Run one with tests/qemu/run_elf.sh [-i] [-t SECONDS] ELF.
#
# Objects:
#   build/qemu-tests/lib/   boot, mrfs and core with the firmware's flags
#                (-Os, freestanding) but with assertions on, as the native
#                tests have them, and QEMU_UNIT_DEFS; archived, so a test
#                links only what it uses
#   build/qemu/  the firmware's own objects (the root Makefile builds them
#                for the qemu board): benchmarks link against these, so
#                they measure exactly the code the firmware runs
#   build/qemu-tests/host/  test drivers, the run-time (start.c,
#                semihost.c), host-only helpers (boot/native/flashsim.c):
#                hosted, newlib
#   build/qemu-tests/bench-obj/  bench/X.c with the firmware's flags plus
#                QEMU_BENCH_DEFS_X

# keep the including Makefile's default goal (empty: the next target)
qemu_saved_goal := $(.DEFAULT_GOAL)

# Tests that are meaningful as 32-bit code and need no host facility
# (README.md lists those left out and why).
QEMU_UNITS ?= test_bignum test_compiler_bc test_dtoa test_fmtspec test_gc test_gc_frag \
  test_gc_stress test_mrfs_install test_mrfs_random test_seg
QEMU_BENCHES ?= gc_bench

# Build options of the library for the unit tests (not the benchmarks):
# the bytecode validator's reasons, which the boards leave out to save
# flash (core/bytecode.c), are what test_compiler_bc checks.
QEMU_UNIT_DEFS ?= -DBC_MESSAGES=1

# Per benchmark: a board main in tests/qemu/ (empty: bench/X.c has its own
# main) and the defines its source needs on the board.
QEMU_BENCH_MAIN_gc_bench := tests/qemu/gc_bench_main.c
QEMU_BENCH_DEFS_gc_bench := -DGC_BENCH_NO_MAIN

QT := $(B)/qemu-tests
QT_ARCH := $(qemu_ARCH) -mthumb
QT_LIB_CFLAGS := $(filter-out -DSEG_FLAT -DNDEBUG,$(ARM_COMMON)) $(QT_ARCH) $(CORE_DEFS) \
  -Iboot/qemu -Iboot -Icore -Imrfs -I.
QT_HOST_CFLAGS := $(WARN) -Wno-error=format $(QT_ARCH) -Os -g -ffunction-sections -fdata-sections \
  -D_DEFAULT_SOURCE -DBUILD_ID=$(BUILD_ID) $(CORE_DEFS) -Itests/qemu/shim -Itests/qemu $(HOST_INC)
QT_LDFLAGS := $(QT_ARCH) -nostartfiles -T tests/qemu/link.ld -Wl,--gc-sections
QT_LIBS := -lm -lc -lgcc

QT_LIB_SRC := $(BOOT_SRC) $(MRFS_SRC) $(CORE_SRC)
QT_HOST_LIB_SRC := boot/native/flashsim.c
QT_RT_OBJ := $(QT)/host/tests/qemu/start.o $(QT)/host/tests/qemu/semihost.o

$(QT)/lib/%.o: %.c
	@mkdir -p $(@D)
	$(ARM_CC) $(QT_LIB_CFLAGS) $(QEMU_UNIT_DEFS) -MMD -MP -c $< -o $@
$(QT)/host/%.o: %.c
	@mkdir -p $(@D)
	$(ARM_CC) $(QT_HOST_CFLAGS) -MMD -MP -c $< -o $@
$(QT)/bench-obj/bench/%.o: bench/%.c
	@mkdir -p $(@D)
	$(ARM_CC) $(qemu_CFLAGS) $(CORE_DEFS) -Iboot/native $(QEMU_BENCH_DEFS_$*) -MMD -MP -c $< -o $@

$(QT)/lib/libmonty.a: $(patsubst %.c,$(QT)/lib/%.o,$(QT_LIB_SRC)) \
  $(patsubst %.c,$(QT)/host/%.o,$(QT_HOST_LIB_SRC))
	@mkdir -p $(@D)
	@rm -f $@
	$(ARM_PREFIX)ar rcs $@ $^
$(QT)/bench/libmonty.a: $(patsubst %.c,$(B)/qemu/%.o,$(QT_LIB_SRC)) \
  $(patsubst %.c,$(QT)/host/%.o,$(QT_HOST_LIB_SRC))
	@mkdir -p $(@D)
	@rm -f $@
	$(ARM_PREFIX)ar rcs $@ $^

$(QT)/unit/%.elf: $(QT)/host/tests/unit/%.o $(QT_RT_OBJ) $(QT)/lib/libmonty.a tests/qemu/link.ld
	@mkdir -p $(@D)
	$(ARM_CC) $(QT_LDFLAGS) -Wl,-Map=$(@:.elf=.map) -o $@ $(filter %.o %.a,$^) $(QT_LIBS)

# $(1) = benchmark name
define qt_bench
$(QT)/bench/$(1).elf: $(QT)/bench-obj/bench/$(1).o \
  $(patsubst %.c,$(QT)/host/%.o,$(QEMU_BENCH_MAIN_$(1))) $(QT_RT_OBJ) \
  $(QT)/bench/libmonty.a tests/qemu/link.ld
	@mkdir -p $$(@D)
	$(ARM_CC) $(QT_LDFLAGS) -Wl,-Map=$$(@:.elf=.map) -o $$@ $$(filter %.o %.a,$$^) $(QT_LIBS)
endef
$(foreach b,$(QEMU_BENCHES),$(eval $(call qt_bench,$(b))))

# the test and benchmark objects are intermediate: keep them
.SECONDARY: $(patsubst %,$(QT)/host/tests/unit/%.o,$(QEMU_UNITS)) \
  $(patsubst %,$(QT)/bench-obj/bench/%.o,$(QEMU_BENCHES))

QEMU_UNIT_ELFS := $(patsubst %,$(QT)/unit/%.elf,$(QEMU_UNITS))
QEMU_BENCH_ELFS := $(patsubst %,$(QT)/bench/%.elf,$(QEMU_BENCHES))
qemu-units: $(QEMU_UNIT_ELFS)
qemu-benches: $(QEMU_BENCH_ELFS)
.PHONY: qemu-units qemu-benches

-include $(patsubst %.c,$(QT)/lib/%.d,$(QT_LIB_SRC)) \
  $(patsubst %.o,%.d,$(QT_RT_OBJ)) \
  $(patsubst %.c,$(QT)/host/%.d,$(QT_HOST_LIB_SRC) $(foreach b,$(QEMU_BENCHES),$(QEMU_BENCH_MAIN_$(b)))) \
  $(patsubst %,$(QT)/host/tests/unit/%.d,$(QEMU_UNITS)) \
  $(patsubst %,$(QT)/bench-obj/bench/%.d,$(QEMU_BENCHES))

.DEFAULT_GOAL := $(qemu_saved_goal)
