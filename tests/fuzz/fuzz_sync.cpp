// libFuzzer target for the sync protocol's decoders and the command validators.
// The first byte picks the decoder (push, pull, login, reveal, file declaration,
// file status and chunk offset, the holiday notice reader, the employer CSV check,
// the administration requests, the administration answers, or every answer the
// browser reads of the session, reveal, push, pull, employer list and error calls);
// the rest is the body or the pasted text or file. An answer that decodes must be
// encoded by the server's encoder into one that decodes to the same, and a pull page
// read from its text (sync/pull_text.h) must agree with the parsed one: both taken
// or both refused with the same error, each record's text the parsed record. Every command a
// push body decodes to is applied, in order, to a copy of a state seeded from the
// worked example of assets/examples, through the core's apply() with the real
// reference data: whatever the input, nothing may crash, leak or hit undefined
// behaviour, and a rejected command must leave the state exactly as it was. A holiday
// notice that reads must be sorted, unique and accepted by WorkCalendar::setYear; the
// employer CSV check must give every row and reject a line of the file.
#include "core/apply.h"
#include "core/holiday_notice.h"
#include "data/asset_files.h"
#include "data/employer_csv.h"
#include "data/reference.h"
#include "data/replay.h"
#include "sync/admin.h"
#include "sync/answers.h"
#include "sync/files.h"
#include "sync/protocol.h"
#include "sync/json_scan.h"
#include "sync/pull_text.h"
#include "sync/registration.h"

#include <cstdint>
#include <cstdio>
#include <algorithm>
#include <cstdlib>
#include <memory>
#include <string_view>

namespace {

struct World {
    huicai::Reference ref;
    huicai::State state;
};

std::unique_ptr<World> g_world;

[[noreturn]] void die(const char* what) {
    std::fprintf(stderr, "fuzz_sync: cannot load %s\n", what);
    std::abort();
}

// Decodes `body`; when it holds, its encoding must decode again to the same JSON.
template <class Decode, class Encode>
void roundTrip(std::string_view body, Decode decode, Encode encode, const char* what) {
    auto first = decode(body);
    if (!first) return;
    const nlohmann::json encoded = encode(*first);
    auto second = decode(encoded.dump());
    if (!second || !(encode(*second) == encoded)) {
        std::fprintf(stderr, "fuzz_sync: a decoded %s does not survive its encoder\n", what);
        std::abort();
    }
}

void pullTextAgrees(std::string_view body) {
    using namespace huicai::sync;
    // The scanner stops at kMaxJsonDepth levels of nesting, where the parser has no
    // limit; and the parser takes a NUL byte outside a string for the end of the text.
    if (body.find('\0') != std::string_view::npos) return;
    if (std::count_if(body.begin(), body.end(), [](char c) { return c == '[' || c == '{'; }) > kMaxJsonDepth) return;
    auto tree = decodePullPage(body);
    auto text = decodePullPageText(body);
    bool same = tree.ok() == text.ok();
    if (same && !tree.ok()) same = tree.error().key == text.error().key && tree.error().detail == text.error().detail;
    if (same && tree.ok()) {
        same = tree->cursor == text->cursor && tree->more == text->more && tree->changes.size() == text->changes.size();
        for (std::size_t i = 0; same && i < tree->changes.size(); ++i) {
            const auto& a = tree->changes[i];
            const auto& b = text->changes[i];
            same = a.seq == b.seq && a.kind == b.kind && a.id == b.id &&
                   (a.record.is_null() ? b.record.empty() : nlohmann::json::parse(b.record, nullptr, false) == a.record);
        }
    }
    if (!same) {
        std::fprintf(stderr, "fuzz_sync: the pull page read from its text differs from the parsed one\n");
        std::abort();
    }
}

void clientAnswers(std::string_view body) {
    using namespace huicai::sync;
    roundTrip(body, decodeSessionAnswer, sessionAnswerJson, "session answer");
    roundTrip(body, decodeRevealAnswer, revealAnswerJson, "reveal answer");
    roundTrip(body, decodePushAnswer, pushAnswerJson, "push answer");
    roundTrip(body, decodePullPage, pullPageJson, "pull page");
    pullTextAgrees(body);
    roundTrip(body, decodeErrorAnswer, errorAnswerJson, "error answer");
    roundTrip(body, decodeEmployerPage, employerPageJson, "employer page");
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    auto w = std::make_unique<World>();
    auto ref = huicai::loadReference(huicai::assetsDir());
    if (!ref) die("reference data");
    w->ref = std::move(*ref);
    auto text = huicai::readTextFile(huicai::assetPath("examples/request-multi-department.json"));
    if (!text) die("example");
    auto script = huicai::parseReplay(*text);
    if (!script) die("example script");
    for (const auto* steps : {&script->setup, &script->commands})
        for (const auto& step : *steps)
            (void)huicai::apply(w->state, step.command, w->ref.at(step.at));
    g_world = std::move(w);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    const std::string_view body(reinterpret_cast<const char*>(data + 1), size - 1);
    switch (data[0] % 11) {
    case 0: {
        auto push = huicai::sync::decodePush(body);
        if (!push) return 0;
        huicai::State state = g_world->state;
        const huicai::Context ctx = g_world->ref.at(huicai::Date::fromYmd({2025, 6, 2}));
        for (const auto& item : push->commands) {
            const huicai::State before = state;
            auto r = huicai::apply(state, item.command, ctx);
            if (!r && !(state == before)) {
                std::fprintf(stderr, "fuzz_sync: a rejected command changed the state\n");
                std::abort();
            }
        }
        return 0;
    }
    case 1: (void)huicai::sync::decodePull(body); return 0;
    case 2: (void)huicai::sync::decodeLogin(body); return 0;
    case 3: (void)huicai::sync::decodeReveal(body); return 0;
    case 4: (void)huicai::sync::decodeFileDeclaration(body); return 0;
    case 5:
        (void)huicai::sync::decodeFileStatus(body);
        (void)huicai::sync::decodeChunkOffset(body);
        return 0;
    case 6: {
        auto notice = huicai::readHolidayNotice(2025, body);
        if (!notice) return 0;
        huicai::WorkCalendar check;
        const auto sortedUnique = [](const std::vector<huicai::Date>& v) {
            return std::adjacent_find(v.begin(), v.end(), [](auto a, auto b) { return !(a < b); }) == v.end();
        };
        if (!sortedUnique(notice->off) || !sortedUnique(notice->work) || !check.setYear(2025, notice->off, notice->work)) {
            std::fprintf(stderr, "fuzz_sync: a holiday notice read into dates setYear refuses\n");
            std::abort();
        }
        return 0;
    }
    case 7: {
        const huicai::Context ctx = g_world->ref.at(huicai::Date::fromYmd({2025, 6, 2}));
        const auto csv = huicai::checkEmployerCsv(body, g_world->state, ctx);
        const auto lines = static_cast<int>(std::count(body.begin(), body.end(), '\n') + std::count(body.begin(), body.end(), '\r') + 1);
        for (const auto& row : csv.rows)
            if (row.line < 2 || row.line > lines) std::abort();
        for (const auto& reject : csv.rejects)
            if (reject.row < 1 || reject.row > lines || reject.error.key.empty()) std::abort();
        return 0;
    }
    case 8:
        (void)huicai::sync::decodePasswordChange(body);
        (void)huicai::sync::decodeNewAccount(body);
        (void)huicai::sync::decodeAccountReset(body);
        (void)huicai::sync::decodeAccountDisable(body);
        (void)huicai::sync::decodeImportRequest(body);
        (void)huicai::sync::decodeHolidayPreviewRequest(body);
        return 0;
    case 9:
        (void)huicai::sync::decodeAccountList(body);
        (void)huicai::sync::decodeIssuedPassword(body);
        (void)huicai::sync::decodeAuditPage(body);
        (void)huicai::sync::decodeImportAnswer(body);
        (void)huicai::sync::decodeDeadlineShifts(body);
        return 0;
    default: clientAnswers(body); return 0;
    }
}
