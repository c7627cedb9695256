# Assembles the deployable web folder (cmake -P): index.html under its own name, every
# other file under a content-hashed name (name.<8 hex>.ext) so it can be cached
# forever, index.html pointing at the hashed names, and .br / .gz siblings for each
# compressible file (Debian's brotli, gzip -9 -n). Files of earlier builds that the
# new index.html no longer names are removed; a hashed file that already exists with
# its compressed siblings is left alone, since its name says its content.
#
# Variables: APP_DIR (the folder holding huicai.js/.wasm/.data), WEB_DIR (web/),
# COMMON_FONT (the UI face's GB2312 characters beyond the app's own text, fetched
# after the first frame), FULL_FONT (the full CJK font, fetched by the app only when
# a glyph is in neither),
# MAP_MESH (the dashboard map's mesh, fetched when the dashboard first opens),
# I18N_DIR (assets/i18n: each language's tables become one file, i18n.<lang>.<hash>.json,
# {"<table file>": {table}, ...}; the page fetches the one it starts in, the app the
# other when the user switches), OUT_DIR (the www folder to fill).
cmake_minimum_required(VERSION 3.25)
foreach(_v APP_DIR WEB_DIR COMMON_FONT FULL_FONT MAP_MESH I18N_DIR OUT_DIR)
  if(NOT DEFINED ${_v})
    message(FATAL_ERROR "package_web.cmake: ${_v} is not set")
  endif()
endforeach()

find_program(BROTLI brotli REQUIRED)
find_program(GZIP gzip REQUIRED)
file(MAKE_DIRECTORY "${OUT_DIR}")

set(_keep "index.html")

# hashed_copy(<var> <source> <stem> <ext>): copies source to OUT_DIR/stem.<hash>.ext
# and sets <var> to that file name.
function(hashed_copy var src stem ext)
  if(NOT EXISTS "${src}")
    message(FATAL_ERROR "package_web.cmake: missing ${src}")
  endif()
  file(SHA256 "${src}" _sum)
  string(SUBSTRING "${_sum}" 0 8 _h)
  set(_name "${stem}.${_h}.${ext}")
  if(NOT EXISTS "${OUT_DIR}/${_name}")
    file(COPY_FILE "${src}" "${OUT_DIR}/${_name}")
  endif()
  set(${var} "${_name}" PARENT_SCOPE)
  set(_keep ${_keep} "${_name}" PARENT_SCOPE)
endfunction()

# The data packager writes a random package_uuid into huicai.js at every link (read
# only by its preload cache, which the app does not use): the script would get a new
# name, and every browser would fetch it again, though nothing in it changed. It is
# made the data package's own digest, which changes exactly when the package does.
file(SHA256 "${APP_DIR}/huicai.data" _data_sum)
string(REGEX REPLACE "^(........)(....)(....)(....)(............).*$" "\\1-\\2-\\3-\\4-\\5" _uuid "${_data_sum}")
file(READ "${APP_DIR}/huicai.js" _js)
string(REGEX REPLACE "\"package_uuid\": *\"[0-9a-fA-F-]+\"" "\"package_uuid\":\"${_uuid}\"" _js_fixed "${_js}")
if(_js_fixed STREQUAL _js AND NOT _js MATCHES "\"package_uuid\":\"${_uuid}\"")
  message(FATAL_ERROR "package_web.cmake: huicai.js has no package_uuid to make stable")
endif()
file(WRITE "${OUT_DIR}/.huicai.js" "${_js_fixed}")
hashed_copy(HUICAI_JS   "${OUT_DIR}/.huicai.js" huicai js)
file(REMOVE "${OUT_DIR}/.huicai.js")
hashed_copy(HUICAI_WASM "${APP_DIR}/huicai.wasm" huicai wasm)
hashed_copy(HUICAI_DATA "${APP_DIR}/huicai.data" huicai data)
hashed_copy(HUICAI_CSS  "${WEB_DIR}/huicai.css"  huicai css)
hashed_copy(HUICAI_COMMON_FONT "${COMMON_FONT}" wqy-microhei-gb2312 ttf)
hashed_copy(HUICAI_FULL_FONT "${FULL_FONT}" wqy-microhei ttc)
hashed_copy(HUICAI_MAP "${MAP_MESH}" shandong hcmap)
foreach(_lang zh-CN en)
  file(GLOB _tables RELATIVE "${I18N_DIR}" "${I18N_DIR}/*.${_lang}.json")
  list(SORT _tables)
  # The tables' own text, each under its file name (a plain name: no escaping needed).
  set(_bundle "")
  foreach(_t IN LISTS _tables)
    file(READ "${I18N_DIR}/${_t}" _table)
    string(JSON _type ERROR_VARIABLE _bad TYPE "${_table}")
    if(NOT _type STREQUAL "OBJECT")
      message(FATAL_ERROR "package_web.cmake: ${_t} is not a JSON object")
    endif()
    if(NOT _bundle STREQUAL "")
      string(APPEND _bundle ",\n")
    endif()
    string(APPEND _bundle "\"${_t}\": ${_table}")
  endforeach()
  file(WRITE "${OUT_DIR}/.i18n.${_lang}.json" "{${_bundle}}\n")
  string(MAKE_C_IDENTIFIER "HUICAI_I18N_${_lang}" _var)
  string(TOUPPER "${_var}" _var)
  hashed_copy(${_var} "${OUT_DIR}/.i18n.${_lang}.json" i18n.${_lang} json)
  file(REMOVE "${OUT_DIR}/.i18n.${_lang}.json")
endforeach()

configure_file("${WEB_DIR}/index.html" "${OUT_DIR}/index.html" @ONLY)

# Precompressed siblings for the server to send as they are.
foreach(_f IN LISTS _keep)
  set(_p "${OUT_DIR}/${_f}")
  if(_f STREQUAL "index.html" OR NOT EXISTS "${_p}.br")
    execute_process(COMMAND "${BROTLI}" -f -k -q 11 "${_p}" RESULT_VARIABLE _rc)
    if(NOT _rc EQUAL 0)
      message(FATAL_ERROR "package_web.cmake: brotli failed on ${_f}")
    endif()
  endif()
  if(_f STREQUAL "index.html" OR NOT EXISTS "${_p}.gz")
    execute_process(COMMAND "${GZIP}" -9 -n -k -f "${_p}" RESULT_VARIABLE _rc)
    if(NOT _rc EQUAL 0)
      message(FATAL_ERROR "package_web.cmake: gzip failed on ${_f}")
    endif()
  endif()
  list(APPEND _all "${_f}" "${_f}.br" "${_f}.gz")
endforeach()

# Remove what earlier builds left behind.
file(GLOB _present RELATIVE "${OUT_DIR}" "${OUT_DIR}/*")
foreach(_f IN LISTS _present)
  if(NOT _f IN_LIST _all AND NOT IS_DIRECTORY "${OUT_DIR}/${_f}")
    file(REMOVE "${OUT_DIR}/${_f}")
  endif()
endforeach()
message(STATUS "web package: ${OUT_DIR} (${HUICAI_JS}, ${HUICAI_WASM}, ${HUICAI_DATA})")
