# Sanitizer and fuzzing builds. `make test` configures build/asan with both, through clang:
#   ENTENTE_SANITIZE=address,undefined  every target instrumented; the first report aborts the
#                                       program, so that any finding fails the test that ran it
#   ENTENTE_FUZZ=ON                      coverage for libFuzzer everywhere; fuzz/ targets become
#                                       fuzzers (fuzz/CMakeLists.txt)
# The release build has neither and stays as fast as it was.
set(ENTENTE_SANITIZE "" CACHE STRING "Sanitizers to build with, as -fsanitize= takes them (address,undefined)")
option(ENTENTE_FUZZ "Build fuzz/ as libFuzzer targets (clang only)" OFF)

if(ENTENTE_SANITIZE)
  # _GLIBCXX_ASSERTIONS checks bounds of operator[] on strings, vectors and spans, which ASan
  # misses inside a container's capacity; it leaves the library ABI as it is.
  add_compile_options(-fsanitize=${ENTENTE_SANITIZE} -fno-sanitize-recover=all -fno-omit-frame-pointer
                      -D_GLIBCXX_ASSERTIONS)
  if(CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    add_compile_options(-fsanitize-ignorelist=${CMAKE_CURRENT_LIST_DIR}/sanitizer-ignorelist.txt)
  endif()
  # Line tables are all that reports need to name source lines, and they keep links fast.
  add_compile_options($<IF:$<CXX_COMPILER_ID:Clang>,-gline-tables-only,-g1>)
  add_link_options(-fsanitize=${ENTENTE_SANITIZE})
endif()

if(ENTENTE_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "ENTENTE_FUZZ needs clang: configure with -DCMAKE_CXX_COMPILER=clang++")
  endif()
  add_compile_options(-fsanitize=fuzzer-no-link)
endif()
