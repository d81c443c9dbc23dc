# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -DFUZZER=… -DCORPUS=… -DREGRESSIONS=… -DDICT=… -DWORK=… -DSECONDS=… -P runfuzz.cmake
# Fuzzes for SECONDS from a copy of the checked-in corpus (which stays as it is) plus the
# regressions; a crash, a hang (> 10 s on one input) or > 2 GB of memory fails, and the input
# that did it is left in WORK for regressions/ (tests/fuzz/README.md). The seed is fixed so that
# a run fails because the code changed, not by luck; bench/fuzz.sh explores with random seeds.
foreach(var FUZZER CORPUS REGRESSIONS DICT WORK SECONDS)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "runfuzz.cmake: -D${var}=… is missing")
  endif()
endforeach()
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK}/corpus)
file(GLOB seeds ${CORPUS}/*)
file(COPY ${seeds} DESTINATION ${WORK}/corpus)
execute_process(
  COMMAND ${FUZZER} -seed=20261203 -max_total_time=${SECONDS} -timeout=10 -rss_limit_mb=2048 -dict=${DICT}
          -artifact_prefix=${WORK}/ -print_final_stats=1 ${WORK}/corpus ${REGRESSIONS}
  RESULT_VARIABLE result
  OUTPUT_VARIABLE out ERROR_VARIABLE out)
string(REGEX MATCH "stat::number_of_executed_units: *[0-9]+" execs "${out}")
string(REGEX MATCHALL "cov: [0-9]+ ft: [0-9]+ corp: [0-9]+/[^ ]+" progress "${out}")
list(POP_BACK progress last)
message(STATUS "${execs}; ${last}")
if(NOT result EQUAL 0)
  file(GLOB artifacts ${WORK}/crash-* ${WORK}/timeout-* ${WORK}/oom-* ${WORK}/leak-*)
  string(LENGTH "${out}" length)
  math(EXPR from "${length} - 6000")
  if(from LESS 0)
    set(from 0)
  endif()
  string(SUBSTRING "${out}" ${from} -1 tail)
  message(FATAL_ERROR "${FUZZER} failed (${result}); inputs: ${artifacts}\n${tail}")
endif()
