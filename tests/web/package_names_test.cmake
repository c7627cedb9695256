# The web package's names follow the files' content (cmake -P; ctest "web package"):
# huicai.js keeps its name when only the data packager's random package_uuid differs
# between two links, and takes a new one when the data package changes. A script
# without a package_uuid stops the packaging with a message. Runs tools/package_web.cmake
# on a small app folder of its own, with the real web/ and assets/i18n.
# Variables: SOURCE_DIR (the project), WORK_DIR (a scratch folder, emptied first).
cmake_minimum_required(VERSION 3.25)
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}/app")
foreach(_f font.ttf font.ttc map.hcmap)
  file(WRITE "${WORK_DIR}/${_f}" "${_f}\n")
endforeach()
file(WRITE "${WORK_DIR}/app/huicai.wasm" "wasm\n")

# package(<js> <data> <result var>): packages into a fresh www; sets the result to the
# script's name in index.html, or to "failed: <output>" when the packaging failed.
function(package js data var)
  file(WRITE "${WORK_DIR}/app/huicai.js" "${js}")
  file(WRITE "${WORK_DIR}/app/huicai.data" "${data}")
  file(REMOVE_RECURSE "${WORK_DIR}/www")
  execute_process(COMMAND "${CMAKE_COMMAND}" -DAPP_DIR=${WORK_DIR}/app -DWEB_DIR=${SOURCE_DIR}/web
    -DCOMMON_FONT=${WORK_DIR}/font.ttf -DFULL_FONT=${WORK_DIR}/font.ttc -DMAP_MESH=${WORK_DIR}/map.hcmap
    -DI18N_DIR=${SOURCE_DIR}/assets/i18n -DOUT_DIR=${WORK_DIR}/www -P "${SOURCE_DIR}/tools/package_web.cmake"
    RESULT_VARIABLE _rc OUTPUT_VARIABLE _out ERROR_VARIABLE _out)
  if(NOT _rc EQUAL 0)
    set(${var} "failed: ${_out}" PARENT_SCOPE)
    return()
  endif()
  file(READ "${WORK_DIR}/www/index.html" _html)
  if(NOT _html MATCHES "<script src=\"(huicai\\.[0-9a-f]+\\.js)\"")
    message(FATAL_ERROR "index.html names no script:\n${_html}")
  endif()
  set(${var} "${CMAKE_MATCH_1}" PARENT_SCOPE)
endfunction()

set(_head "var Module={};loadPackage({\"files\":[],\"remote_package_size\":5,\"package_uuid\":\"")
package("${_head}0b6a3f52-5a1e-4b07-9c44-2f0d8e1c7a11\"});\n" "data one\n" _first)
package("${_head}e4d2c1b0-7f3a-4e8d-b1c2-9a8b7c6d5e4f\"});\n" "data one\n" _again)
package("${_head}e4d2c1b0-7f3a-4e8d-b1c2-9a8b7c6d5e4f\"});\n" "data two\n" _other)
package("var Module={};\n" "data one\n" _none)
message(STATUS "names: ${_first}, ${_again}, ${_other}")

if(_first MATCHES "^failed" OR _again MATCHES "^failed" OR _other MATCHES "^failed")
  message(FATAL_ERROR "packaging failed: ${_first} ${_again} ${_other}")
endif()
if(NOT _first STREQUAL _again)
  message(FATAL_ERROR "two links differing only in package_uuid got two names: ${_first}, ${_again}")
endif()
if(_other STREQUAL _first)
  message(FATAL_ERROR "a changed data package left the script's name as it was: ${_other}")
endif()
if(NOT _none MATCHES "^failed: .*has no package_uuid")
  message(FATAL_ERROR "a script without package_uuid was packaged: ${_none}")
endif()
