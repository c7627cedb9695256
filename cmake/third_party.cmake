# Targets for the third-party sources that tools/setup.sh fetched into .cache/deps
# (pinned in tools/deps.lock). SQLite is its own library so that its object, half
# the build time, is compiled once per build folder and then reused.
set(HUICAI_DEPS "${PROJECT_SOURCE_DIR}/.cache/deps")
set(HUICAI_SQLITE_DIR "${HUICAI_DEPS}/sqlite-3.53.0")
set(HUICAI_IMGUI_DIR "${HUICAI_DEPS}/imgui-1.90.1")
set(HUICAI_QRCODEGEN_DIR "${HUICAI_DEPS}/qrcodegen-1.8.0")
# The common-password list the server refuses for new accounts (serve/sync_service.h).
set(HUICAI_PASSWORDS_DIR "${HUICAI_DEPS}/passwords-1.0.3")
set(HUICAI_SODIUM_DIR "${HUICAI_DEPS}/libsodium-1.0.18")
foreach(_dep IN ITEMS "${HUICAI_SQLITE_DIR}" "${HUICAI_IMGUI_DIR}" "${HUICAI_QRCODEGEN_DIR}" "${HUICAI_PASSWORDS_DIR}" "${HUICAI_SODIUM_DIR}")
  if(NOT EXISTS "${_dep}/.ok")
    message(FATAL_ERROR "${_dep} is missing: run 'make setup' (tools/setup.sh) first")
  endif()
endforeach()

add_library(huicai_sqlite3 STATIC "${HUICAI_SQLITE_DIR}/sqlite3.c")
target_include_directories(huicai_sqlite3 SYSTEM PUBLIC "${HUICAI_SQLITE_DIR}")
# sqlite.org's recommended options, and off what the app never calls (full-text search,
# UTF-16 text, declared column types, progress callbacks, sqlite3_complete and
# sqlite3_get_table): a smaller module for the browser to download.
target_compile_definitions(huicai_sqlite3 PRIVATE
  SQLITE_DQS=0 SQLITE_DEFAULT_MEMSTATUS=0 SQLITE_OMIT_DEPRECATED SQLITE_OMIT_SHARED_CACHE
  SQLITE_OMIT_LOAD_EXTENSION SQLITE_LIKE_DOESNT_MATCH_BLOBS SQLITE_DEFAULT_FOREIGN_KEYS=1
  SQLITE_MAX_EXPR_DEPTH=0 SQLITE_USE_ALLOCA SQLITE_OMIT_UTF16 SQLITE_OMIT_DECLTYPE
  SQLITE_OMIT_PROGRESS_CALLBACK SQLITE_OMIT_COMPLETE SQLITE_OMIT_GET_TABLE SQLITE_OMIT_TCL_VARIABLE)
if(EMSCRIPTEN)
  target_compile_definitions(huicai_sqlite3 PRIVATE SQLITE_THREADSAFE=0 SQLITE_OMIT_WAL=0)
else()
  target_compile_definitions(huicai_sqlite3 PRIVATE SQLITE_THREADSAFE=1)
  find_package(Threads REQUIRED)
  target_link_libraries(huicai_sqlite3 PUBLIC Threads::Threads ${CMAKE_DL_LIBS})
endif()
# Third-party code is compiled as it ships; its warnings are not ours to fix.
target_compile_options(huicai_sqlite3 PRIVATE -w)

# QR Code generator (Nayuki) 1.8.0, its C++ encoder only: the e-card's QR code in the
# web app, and natively for the tests that decode it.
add_library(huicai_qrcodegen STATIC "${HUICAI_QRCODEGEN_DIR}/qrcodegen.c")
target_include_directories(huicai_qrcodegen SYSTEM PUBLIC "${HUICAI_QRCODEGEN_DIR}")
target_compile_options(huicai_qrcodegen PRIVATE -w)

# nlohmann/json: header-only, from Debian. em++ does not search /usr/include, so the
# wasm build reaches it through a folder of links made by setup.
add_library(huicai_json INTERFACE)
if(EMSCRIPTEN)
  target_include_directories(huicai_json SYSTEM INTERFACE "${HUICAI_DEPS}/wasm-include")
else()
  find_package(nlohmann_json 3.11 REQUIRED)
  target_link_libraries(huicai_json INTERFACE nlohmann_json::nlohmann_json)
endif()

# Dear ImGui. IMGUI_USER_CONFIG is public so that every file that includes imgui.h
# sees the same configuration. Natively only its core: the screens are drawn without a
# renderer by the native screen tests (tests/ui); the web app adds the GLFW and
# OpenGL3 (WebGL2) backends.
# The app adds its own fonts before the atlas is ever built (src/ui/fonts.h), so ImGui's
# fall-back to its embedded default font (ProggyClean: 12 KB of the module, never drawn)
# is cut: the copy of imgui_draw.cpp compiled here asserts there instead, and the linker
# leaves the font out.
file(READ "${HUICAI_IMGUI_DIR}/imgui_draw.cpp" _imgui_draw)
string(REPLACE "if (ConfigData.Size == 0)\n        AddFontDefault();"
  "IM_ASSERT(ConfigData.Size > 0 && \"the app adds its fonts first\");" _imgui_draw_cut "${_imgui_draw}")
if(_imgui_draw_cut STREQUAL _imgui_draw)
  message(FATAL_ERROR "imgui_draw.cpp no longer falls back to AddFontDefault() where it did: review cmake/third_party.cmake")
endif()
file(WRITE "${CMAKE_BINARY_DIR}/imgui/imgui_draw.cpp.new" "${_imgui_draw_cut}")
configure_file("${CMAKE_BINARY_DIR}/imgui/imgui_draw.cpp.new" "${CMAKE_BINARY_DIR}/imgui/imgui_draw.cpp" COPYONLY)
add_library(huicai_imgui STATIC EXCLUDE_FROM_ALL
  "${HUICAI_IMGUI_DIR}/imgui.cpp" "${CMAKE_BINARY_DIR}/imgui/imgui_draw.cpp"
  "${HUICAI_IMGUI_DIR}/imgui_tables.cpp" "${HUICAI_IMGUI_DIR}/imgui_widgets.cpp"
  "${HUICAI_IMGUI_DIR}/misc/cpp/imgui_stdlib.cpp")
target_include_directories(huicai_imgui SYSTEM PUBLIC "${HUICAI_IMGUI_DIR}" "${HUICAI_IMGUI_DIR}/misc/cpp")
target_compile_definitions(huicai_imgui PUBLIC
  IMGUI_USER_CONFIG="${PROJECT_SOURCE_DIR}/src/ui/imconfig_huicai.h")
target_compile_options(huicai_imgui PRIVATE -w)
if(EMSCRIPTEN)
  target_sources(huicai_imgui PRIVATE
    "${HUICAI_IMGUI_DIR}/backends/imgui_impl_glfw.cpp")
  target_include_directories(huicai_imgui SYSTEM PUBLIC "${HUICAI_IMGUI_DIR}/backends")
  target_link_options(huicai_imgui PUBLIC -sUSE_GLFW=3) # each program says which WebGL it takes
endif()

if(EMSCRIPTEN)
  # libsodium 1.0.18's Ed25519 (ref10) signing and verification with SHA-512, for the
  # web app's e-card signatures (src/seal); the few helpers of its utils.c that they
  # call come from src/seal/sodium_helpers_web.c. Natively src/seal links Debian's libsodium.
  add_library(huicai_sodium_ed25519 STATIC
    "${HUICAI_SODIUM_DIR}/crypto_sign/ed25519/ref10/open.c"
    "${HUICAI_SODIUM_DIR}/crypto_sign/ed25519/ref10/sign.c"
    "${HUICAI_SODIUM_DIR}/crypto_core/ed25519/ref10/ed25519_ref10.c"
    "${HUICAI_SODIUM_DIR}/crypto_hash/sha512/cp/hash_sha512_cp.c"
    "${HUICAI_SODIUM_DIR}/crypto_verify/sodium/verify.c"
    "${PROJECT_SOURCE_DIR}/src/seal/sodium_base_web.c")
  # a·B without the 30 KB table of multiples of B (src/seal/sodium_base_web.c).
  set_source_files_properties("${HUICAI_SODIUM_DIR}/crypto_core/ed25519/ref10/ed25519_ref10.c"
    PROPERTIES COMPILE_DEFINITIONS "ge25519_scalarmult_base=huicai_ge25519_scalarmult_base_unused")
  target_include_directories(huicai_sodium_ed25519 SYSTEM PUBLIC "${HUICAI_SODIUM_DIR}/include")
  target_include_directories(huicai_sodium_ed25519 PRIVATE "${HUICAI_SODIUM_DIR}/include/sodium")
  target_include_directories(huicai_sodium_ed25519 PRIVATE
    "${HUICAI_SODIUM_DIR}/include/sodium/private" "${HUICAI_SODIUM_DIR}/crypto_sign/ed25519/ref10")
  target_compile_definitions(huicai_sodium_ed25519 PRIVATE CONFIGURED=1)
  target_compile_options(huicai_sodium_ed25519 PRIVATE -w)
endif()
