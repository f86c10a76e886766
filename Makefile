# Monty - plain GNU make.  `make` builds everything into build/,
# `make run` runs the demo on the emulated board, `make test` runs all tests.
# Layout and conventions: docs/conventions.md, docs/build.md.

.SUFFIXES:
.DELETE_ON_ERROR:
MAKEFLAGS += --no-builtin-rules

B := build
CC ?= cc
ifeq ($(origin CC),default)
CC := gcc
endif
CLANG ?= clang
ARM_PREFIX ?= arm-none-eabi-
ARM_CC := $(ARM_PREFIX)gcc

GIT_ID := $(shell git rev-parse --short=7 HEAD 2>/dev/null || echo 0)
BUILD_ID := 0x$(GIT_ID)0

WARN := -std=c11 -Wall -Wextra -Werror
CORE_DEFS ?=

# ---- sources (every .c in a component folder belongs to it) ----
BOOT_SRC := $(wildcard boot/*.c)
NATIVE_SRC := $(wildcard boot/native/*.c)
MRFS_SRC := $(wildcard mrfs/*.c)
CORE_SRC := $(wildcard core/*.c core/compiler/*.c)
DEVS_SRC := $(wildcard devs/*.c)
TOOL_SRC := $(filter-out tools/monty.c,$(wildcard tools/*.c))
LIB_SRC := $(BOOT_SRC) $(NATIVE_SRC) $(MRFS_SRC) $(CORE_SRC) $(TOOL_SRC)
UNIT_SRC := $(wildcard tests/unit/test_*.c)
FUZZ_SRC := $(wildcard tests/fuzz/fuzz_*.c)

HOST_INC := -Iboot -Iboot/native -Icore -Imrfs -Itools -I.
HOST_DEFS := -D_DEFAULT_SOURCE -DBUILD_ID=$(BUILD_ID) $(CORE_DEFS)

# ---- native variants: native (release), asan (tests), stress (GC stress) ----
native_CFLAGS := $(WARN) -O2 -g -DNDEBUG
asan_CFLAGS := $(WARN) -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer \
  -fno-sanitize-recover=undefined
stress_CFLAGS := $(asan_CFLAGS) -DGC_STRESS
fuzz_CFLAGS := -std=c11 -Wall -Wextra -Werror -O1 -g -fsanitize=fuzzer-no-link,address,undefined \
  -fno-sanitize-recover=undefined -DMONTY_FUZZ

all: $(B)/monty $(B)/asan/monty $(B)/native/devs.so $(B)/native/devs2.so \
  $(B)/asan/devs.so $(B)/asan/devs2.so units qemu stm32l4 sizes qemu-units

# objects depend on a file holding their flags, rewritten only when the
# flags change, so that changing CORE_DEFS or CFLAGS rebuilds what it must
define flags_file
$(B)/$(1)/.flags: FORCE
	@mkdir -p $$(@D)
	@echo '$(2)' | cmp -s - $$@ || echo '$(2)' > $$@
endef
FORCE:

define native_variant
$(eval $(call flags_file,$(1),$($(1)_CFLAGS) $(HOST_DEFS)))
$(B)/$(1)/%.o: %.c $(B)/$(1)/.flags
	@mkdir -p $$(@D)
	$$(CC) $$($(1)_CFLAGS) $(HOST_INC) $(HOST_DEFS) -MMD -MP -c $$< -o $$@
$(B)/$(1)/libmonty.a: $(patsubst %.c,$(B)/$(1)/%.o,$(LIB_SRC))
	@rm -f $$@
	ar rcs $$@ $$^
$(B)/$(1)/monty: $(B)/$(1)/tools/monty.o $(B)/$(1)/libmonty.a
	$$(CC) $$($(1)_CFLAGS) -rdynamic -o $$@ $$^ -ldl -lm
$(B)/$(1)/devs.so: $(DEVS_SRC) boot/boot.h core/core.h core/value.h core/gc.h
	@mkdir -p $$(@D)
	$$(CC) $$($(1)_CFLAGS) -fPIC -shared -DBUILD_ID=$(BUILD_ID) -DDEVS_VARIANT=1 -o $$@ $(DEVS_SRC)
$(B)/$(1)/devs2.so: $(DEVS_SRC) boot/boot.h core/core.h core/value.h core/gc.h
	@mkdir -p $$(@D)
	$$(CC) $$($(1)_CFLAGS) -fPIC -shared -DBUILD_ID=$(BUILD_ID) -DDEVS_VARIANT=2 -o $$@ $(DEVS_SRC)
$(B)/$(1)/unit/%: $(B)/$(1)/tests/unit/%.o $(B)/$(1)/libmonty.a
	@mkdir -p $$(@D)
	$$(CC) $$($(1)_CFLAGS) -o $$@ $$^ -ldl -lm
-include $(patsubst %.c,$(B)/$(1)/%.d,$(LIB_SRC) tools/monty.c $(UNIT_SRC))
endef
$(eval $(call native_variant,native))
$(eval $(call native_variant,asan))
$(eval $(call native_variant,stress))

$(B)/monty: $(B)/native/monty
	cp $< $@

UNIT_BINS := $(patsubst tests/unit/%.c,$(B)/asan/unit/%,$(UNIT_SRC))
# GC-heavy tests also run with GC_STRESS (compact and poison on every allocation)
STRESS_BINS := $(patsubst tests/unit/%.c,$(B)/stress/unit/%,\
  $(filter tests/unit/test_gc% tests/unit/test_obj% tests/unit/test_vm%,$(UNIT_SRC)))
units: $(UNIT_BINS) $(STRESS_BINS)

# ---- fuzz targets (clang + libFuzzer) ----
$(eval $(call flags_file,fuzz,$(fuzz_CFLAGS) $(HOST_DEFS)))
$(B)/fuzz/%.o: %.c $(B)/fuzz/.flags
	@mkdir -p $(@D)
	$(CLANG) $(fuzz_CFLAGS) $(HOST_INC) $(HOST_DEFS) -MMD -MP -c $< -o $@
$(B)/fuzz/libmonty.a: $(patsubst %.c,$(B)/fuzz/%.o,$(LIB_SRC))
	@rm -f $@
	ar rcs $@ $^
$(B)/fuzz/fuzz_%: $(B)/fuzz/tests/fuzz/fuzz_%.o $(B)/fuzz/libmonty.a
	$(CLANG) -fsanitize=fuzzer,address,undefined -o $@ $^ -ldl -lm
FUZZ_BINS := $(patsubst tests/fuzz/%.c,$(B)/fuzz/%,$(FUZZ_SRC))
fuzz: $(FUZZ_BINS)
-include $(patsubst %.c,$(B)/fuzz/%.d,$(LIB_SRC) $(FUZZ_SRC))

# ---- flat-image boards: qemu (runs), stm32l4 (built and size-checked) ----
# link-time optimisation: each segment is one optimisation unit (-2.3 KB
# of core on stm32l4); segments still link separately
ARM_COMMON := $(WARN) -mthumb -Os -g -ffreestanding -fno-common -ffunction-sections \
  -fdata-sections -flto -DSEG_FLAT -DNDEBUG -DBUILD_ID=$(BUILD_ID)
qemu_ARCH := -mcpu=cortex-m3
stm32l4_ARCH := -mcpu=cortex-m4 -mfloat-abi=soft
# per-board core options: the stm32l4 core leaves the compiler out (the
# host compiles programs), to leave room for MRFS in 256 KB of flash
qemu_DEFS :=
stm32l4_DEFS := -DMONTY_COMPILER=0
ARM_LDFLAGS := -nostdlib -nostartfiles -Wl,--gc-sections -flto=auto -Os
ARM_LIBS := -lc -lgcc

# $(1)=board
define flat_board
$(1)_CFLAGS := $$(ARM_COMMON) $$($(1)_ARCH) -Iboot/$(1) -Iboot -Icore -Imrfs -I.
$(eval $(call flags_file,$(1),$(ARM_COMMON) $($(1)_ARCH) $($(1)_DEFS) $(CORE_DEFS)))
$(B)/$(1)/%.o: %.c $(B)/$(1)/.flags
	@mkdir -p $$(@D)
	$$(ARM_CC) $$($(1)_CFLAGS) $($(1)_DEFS) $(CORE_DEFS) -MMD -MP -c $$< -o $$@
$(B)/$(1)/devs2/%.o: %.c
	@mkdir -p $$(@D)
	$$(ARM_CC) $$($(1)_CFLAGS) -DDEVS_VARIANT=2 -MMD -MP -c $$< -o $$@
$(B)/$(1)/boot.ld: boot/boot.ld boot/$(1)/layout.h
	@mkdir -p $$(@D)
	$$(ARM_CC) -E -P -x c -include boot/$(1)/layout.h $$< -o $$@
$(B)/$(1)/core.ld: boot/seg.ld boot/$(1)/layout.h
	@mkdir -p $$(@D)
	$$(ARM_CC) -E -P -x c -include boot/$(1)/layout.h $$(LDDEFS_core) $$< -o $$@
$(B)/$(1)/devs.ld: boot/seg.ld boot/$(1)/layout.h
	@mkdir -p $$(@D)
	$$(ARM_CC) -E -P -x c -include boot/$(1)/layout.h $$(LDDEFS_devs) $$< -o $$@
$(B)/$(1)/boot.elf: $(patsubst %.c,$(B)/$(1)/%.o,$(BOOT_SRC) $(wildcard boot/$(1)/*.c) $(MRFS_SRC)) $(B)/$(1)/boot.ld
	$$(ARM_CC) $$($(1)_ARCH) -mthumb $(ARM_LDFLAGS) -T $(B)/$(1)/boot.ld -Wl,-Map=$$(@:.elf=.map) \
	  -o $$@ $$(filter %.o,$$^) $(ARM_LIBS) || { echo "error: $(1) boot segment does not fit its slot or failed to link"; exit 1; }
$(B)/$(1)/core.elf: $(patsubst %.c,$(B)/$(1)/%.o,$(CORE_SRC)) $(B)/$(1)/core.ld
	$$(ARM_CC) $$($(1)_ARCH) -mthumb $(ARM_LDFLAGS) -T $(B)/$(1)/core.ld -Wl,-Map=$$(@:.elf=.map) \
	  -o $$@ $$(filter %.o,$$^) $(ARM_LIBS) -lm || { echo "error: $(1) core segment does not fit its slot or failed to link"; exit 1; }
$(B)/$(1)/devs.elf: $(patsubst %.c,$(B)/$(1)/%.o,$(DEVS_SRC)) $(B)/$(1)/devs.ld
	$$(ARM_CC) $$($(1)_ARCH) -mthumb $(ARM_LDFLAGS) -T $(B)/$(1)/devs.ld -Wl,-Map=$$(@:.elf=.map) \
	  -o $$@ $$(filter %.o,$$^) $(ARM_LIBS) || { echo "error: $(1) devs segment does not fit its slot or failed to link"; exit 1; }
$(B)/$(1)/devs2.elf: $(patsubst %.c,$(B)/$(1)/devs2/%.o,$(DEVS_SRC)) $(B)/$(1)/devs.ld
	$$(ARM_CC) $$($(1)_ARCH) -mthumb $(ARM_LDFLAGS) -T $(B)/$(1)/devs.ld -Wl,-Map=$$(@:.elf=.map) \
	  -o $$@ $$(filter %.o,$$^) $(ARM_LIBS)
$(B)/$(1)/%.bin: $(B)/$(1)/%.elf $(B)/monty
	$(ARM_PREFIX)objcopy -O binary $$< $$@
	$(B)/monty seg fix $$@
$(B)/$(1)/flash.bin: $(B)/$(1)/boot.bin $(B)/$(1)/core.bin $(B)/$(1)/devs.bin $(B)/$(1)/devs2.bin $(B)/monty
	$(B)/monty image --board $(1) $$@ $(B)/$(1)/boot.bin $(B)/$(1)/core.bin $(B)/$(1)/devs.bin \
	  devs2.seg=$(B)/$(1)/devs2.bin
$(1): $(B)/$(1)/flash.bin
-include $(patsubst %.c,$(B)/$(1)/%.d,$(BOOT_SRC) $(wildcard boot/$(1)/*.c) $(MRFS_SRC) $(CORE_SRC) $(DEVS_SRC))
endef
LDDEFS_boot :=
LDDEFS_core := -DSEG_FLASH=CORE_ADDR -DSEG_FLASH_SIZE=CORE_SIZE -DSEG_RAM=CORE_RAM -DSEG_RAM_SIZE=CORE_RAM_SIZE
LDDEFS_devs := -DSEG_FLASH=DEVS_ADDR -DSEG_FLASH_SIZE=DEVS_SIZE -DSEG_RAM=DEVS_RAM -DSEG_RAM_SIZE=DEVS_RAM_SIZE
$(eval $(call flat_board,qemu))
$(eval $(call flat_board,stm32l4))

# ---- optional parts of core left out (issue 5; core/config.h) ----
# MIN_DEFS leaves out every optional part but the compiler and the
# interpreter.
#   build/min/      native ASan build with MIN_DEFS (`make min`, part of
#                   `make test`): core's unit tests (test_obj*, test_vm*,
#                   test_gc*) and the tests/py programs without a
#                   "# needs:" line run against it (tests/run, kind min).
#                   The compiler stays in: the tests feed it source.
#   build/BOARD-min/core.elf      core-min: MIN_DEFS and no compiler; on
#                   qemu also a flash image that tests/run runs the
#                   tests/py programs on (py/qemu-min/)
#   build/BOARD-nocomp/core.elf   the board's core without its compiler, or
#   build/BOARD-comp/core.elf     with it, for a board that leaves it out
#                   (linked with build/BOARD/core-roomy.ld: its flash region
#                   takes any core; never run)
# tools/sizes.sh reports all of these.  A board variant recompiles
# just the core files that test one of the options it changes (grep) and
# reuses the board's other objects: core's headers only declare under
# these options, so those objects are the same.
MIN_DEFS := -DMONTY_FLOAT=0 -DMONTY_BIGINT=0 -DMONTY_ARRAY=0 -DMONTY_VARYVEC=0
min_CFLAGS := $(asan_CFLAGS) $(MIN_DEFS)
$(eval $(call native_variant,min))
MIN_UNITS := $(patsubst tests/unit/%.c,$(B)/min/unit/%,\
  $(filter tests/unit/test_gc% tests/unit/test_obj% tests/unit/test_vm%,$(UNIT_SRC)))
min: $(B)/min/monty $(B)/min/devs.so $(MIN_UNITS)
# build/bare/: core with nothing optional, not even the compiler and the
# interpreter: core's own unit tests against it (tests/run, kind min)
bare_CFLAGS := $(asan_CFLAGS) $(MIN_DEFS) -DMONTY_COMPILER=0 -DMONTY_INTERP=0
$(eval $(call native_variant,bare))
BARE_UNITS := $(patsubst tests/unit/%.c,$(B)/bare/unit/%,\
  $(filter tests/unit/test_gc% tests/unit/test_obj% tests/unit/test_vm%,$(UNIT_SRC)))
min: $(BARE_UNITS)

opt_empty :=
opt_space := $(opt_empty) $(opt_empty)
# "FLOAT=0 COMPILER=0" -> -UMONTY_FLOAT -DMONTY_FLOAT=0 ... (overrides the board's)
opt_defs = $(foreach o,$(1),-UMONTY_$(firstword $(subst =, ,$(o))) -DMONTY_$(o))
# the core sources that test one of these options
opt_files = $(shell grep -l -E 'MONTY_($(subst $(opt_space),|,$(foreach o,$(1),$(firstword $(subst =, ,$(o))))))\b' $(CORE_SRC))
# the board's core with the compiler toggled
comp_variant = $(if $(findstring MONTY_COMPILER=0,$($(1)_DEFS) $(CORE_DEFS)),comp,nocomp)

# $(1)=board, $(2)=variant, $(3)=options, $(4)=linker script
define core_variant
$(1)-$(2)_OWN := $$(call opt_files,$(3))
$(eval $(call flags_file,$(1)-$(2),$(ARM_COMMON) $($(1)_ARCH) $($(1)_DEFS) $(CORE_DEFS) $(call opt_defs,$(3))))
$(B)/$(1)-$(2)/%.o: %.c $(B)/$(1)-$(2)/.flags
	@mkdir -p $$(@D)
	$$(ARM_CC) $$($(1)_CFLAGS) $($(1)_DEFS) $(CORE_DEFS) $(call opt_defs,$(3)) -MMD -MP -c $$< -o $$@
$(B)/$(1)-$(2)/core.elf: $$(foreach f,$(CORE_SRC:.c=.o),$$(if $$(filter $$(f:.o=.c),$$($(1)-$(2)_OWN)),\
  $(B)/$(1)-$(2)/$$(f),$(B)/$(1)/$$(f))) $(4)
	$$(ARM_CC) $$($(1)_ARCH) -mthumb $(ARM_LDFLAGS) -T $(4) -Wl,-Map=$$(@:.elf=.map) \
	  -o $$@ $$(filter %.o,$$^) $(ARM_LIBS) -lm
-include $$(patsubst %.c,$(B)/$(1)-$(2)/%.d,$$($(1)-$(2)_OWN))
endef
# $(1)=board: a core.ld whose flash region takes any core
define roomy_ld
$(B)/$(1)/core-roomy.ld: boot/seg.ld boot/$(1)/layout.h
	@mkdir -p $$(@D)
	$$(ARM_CC) -E -P -x c -include boot/$(1)/layout.h -DSEG_FLASH=CORE_ADDR -DSEG_FLASH_SIZE=0x100000 \
	  -DSEG_RAM=CORE_RAM -DSEG_RAM_SIZE=CORE_RAM_SIZE $$< -o $$@
endef
SIZE_BOARDS := qemu stm32l4
$(foreach b,$(SIZE_BOARDS),$(eval $(call core_variant,$(b),min,\
  FLOAT=0 BIGINT=0 ARRAY=0 VARYVEC=0 COMPILER=0,$(B)/$(b)/core.ld)))
$(foreach b,$(SIZE_BOARDS),$(eval $(call roomy_ld,$(b))))
$(foreach b,$(SIZE_BOARDS),$(eval $(call core_variant,$(b),$(call comp_variant,$(b)),\
  COMPILER=$(if $(filter comp,$(call comp_variant,$(b))),1,0),$(B)/$(b)/core-roomy.ld)))
SIZE_VARIANTS := $(foreach b,$(SIZE_BOARDS),$(B)/$(b)-min/core.elf $(B)/$(b)-$(call comp_variant,$(b))/core.elf)
sizes: $(SIZE_VARIANTS)
# core-min also runs on qemu (tests/run: py/qemu-min/): build/qemu-min/monty
# is a copy of the host tool, which takes the flash image beside itself
$(B)/qemu-min/core.bin: $(B)/qemu-min/core.elf $(B)/monty
	$(ARM_PREFIX)objcopy -O binary $< $@
	$(B)/monty seg fix $@
$(B)/qemu-min/qemu/flash.bin: $(B)/qemu/boot.bin $(B)/qemu-min/core.bin $(B)/qemu/devs.bin \
  $(B)/qemu/devs2.bin $(B)/monty
	@mkdir -p $(@D)
	$(B)/monty image --board qemu $@ $(B)/qemu/boot.bin $(B)/qemu-min/core.bin $(B)/qemu/devs.bin \
	  devs2.seg=$(B)/qemu/devs2.bin
$(B)/qemu-min/monty: $(B)/monty
	cp $< $@
min: $(B)/qemu-min/qemu/flash.bin $(B)/qemu-min/monty
.PHONY: min
# ---- end of the optional-parts block ----

# ---- benchmark programs in C: bench/NAME.c -> build/bench/NAME ----
BENCH_SRC := $(wildcard bench/*.c)
$(B)/bench/%: $(B)/native/bench/%.o $(B)/native/libmonty.a
	@mkdir -p $(@D)
	$(CC) $(native_CFLAGS) -o $@ $^ -ldl -lm
BENCH_BINS := $(patsubst bench/%.c,$(B)/bench/%,$(BENCH_SRC))

# size report: text/data/bss per segment against its slot
sizes: qemu stm32l4
	@tools/sizes.sh $(B) qemu stm32l4 | tee $(B)/sizes.txt

# ---- running and testing ----
NPROC := $(shell nproc 2>/dev/null || echo 2)

# run and test first install missing Debian packages (tools/deps.sh)
run:
	@tools/deps.sh
	@$(MAKE) --no-print-directory -j$(NPROC) all
	$(B)/monty --board qemu -v --timeout 30 tools/demo.py

test:
	@tools/deps.sh
	@$(MAKE) --no-print-directory -j$(NPROC) all fuzz min
	python3 tests/run

bench:
	@tools/deps.sh
	@$(MAKE) --no-print-directory -j$(NPROC) all $(BENCH_BINS) qemu-benches
	python3 bench/run

clean:
	rm -rf $(B)

.PHONY: all units fuzz qemu stm32l4 sizes run test bench clean

# C unit tests and benchmarks as bare-metal programs on qemu (tests/qemu/)
include tests/qemu/qemu.mk
