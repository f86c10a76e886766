/*
 * glue.c - connects the host program's commands to the libraries that
 * implement them (MRFS tool, compiler, disassembler).
 */
#include "tool.h"

int mrfs_tool_main(int argc, char **argv);
int dis_main(int argc, char **argv);
int compile_main(int argc, char **argv);

int tool_mrfs_main(int argc, char **argv) { return mrfs_tool_main(argc, argv); }
int tool_dis_main(int argc, char **argv) { return dis_main(argc, argv); }
int tool_compile_main(int argc, char **argv) { return compile_main(argc, argv); }
