// Dear ImGui build configuration for the Huicai web app (IMGUI_USER_CONFIG).
// 32-bit ImWchar so that rare characters outside the Basic Multilingual Plane (names
// in CJK Extension B) can reach the font fallback; the item hooks of the test engine
// are compiled in so the app can publish a widget map for the browser tests
// (src/ui/widget_map.cpp implements them; they cost one flag test per item when off).
#pragma once

#define IMGUI_USE_WCHAR32
#define IMGUI_ENABLE_TEST_ENGINE
#define IMGUI_DISABLE_OBSOLETE_FUNCTIONS
#define IMGUI_DISABLE_OBSOLETE_KEYIO
#define IMGUI_DISABLE_DEMO_WINDOWS
#define IMGUI_DISABLE_DEBUG_TOOLS
