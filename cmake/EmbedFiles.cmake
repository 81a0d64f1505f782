# entente_embed_files(TARGET OUTPUT_CC NAMESPACE_FN FILES...)
# Generates a C++ source defining `std::span<const EmbeddedFile> <fn>()` over the given files, so
# that the shipped dictionaries and lexicon travel inside the binary and need no install path.
function(entente_embed_files target function_name)
  set(output "${CMAKE_CURRENT_BINARY_DIR}/${function_name}.cc")
  add_custom_command(
    OUTPUT "${output}"
    COMMAND ${CMAKE_COMMAND} "-DOUTPUT=${output}" "-DFUNCTION=${function_name}"
            "-DFILES=${ARGN}" -P "${PROJECT_SOURCE_DIR}/cmake/EmbedFilesScript.cmake"
    DEPENDS ${ARGN} "${PROJECT_SOURCE_DIR}/cmake/EmbedFilesScript.cmake"
    COMMENT "Embedding ${function_name}"
    VERBATIM)
  target_sources(${target} PRIVATE "${output}")
endfunction()
