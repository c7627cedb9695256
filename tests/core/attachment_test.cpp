// Attachment references (S7.1 step 1 and S7.4 step 1: evidence and application
// materials as uploaded files): the "file:<sha256>" form, the records that hold a
// reference, and who may read an attachment through them (the access policy).
#include "core/attachment.h"
#include "workflow_fixture.h"

using namespace wf;

namespace {

const std::string kHashA(64, 'a');
const std::string kHashB = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
const std::string kHashC(64, 'c');

} // namespace

TEST_CASE("attachment 1. reference entries are recognised, free text and malformed hashes are not", "[core][S7.1][S7.4]") {
    struct Case {
        int n;
        std::string entry;
        std::optional<std::string> hash;
    };
    const std::vector<Case> cases = {
        {1, "file:" + kHashA, kHashA},
        {2, "file:" + kHashB, kHashB},
        {3, "推荐函.pdf", std::nullopt},
        {4, kHashB, std::nullopt},                               // no prefix
        {5, "file:" + kHashB.substr(1), std::nullopt},           // 63 digits
        {6, "file:" + kHashB + "0", std::nullopt},               // 65 digits
        {7, "file:" + std::string(64, 'A'), std::nullopt},       // upper case
        {8, "file:" + std::string(63, 'a') + "g", std::nullopt}, // not hex
        {9, "FILE:" + kHashA, std::nullopt},
        {10, "file:", std::nullopt},
        {11, "", std::nullopt},
        {12, " file:" + kHashA, std::nullopt},
    };
    for (const auto& c : cases) {
        INFO("case " << c.n);
        CHECK(attachmentHash(c.entry) == c.hash);
    }
    CHECK(attachmentRef(kHashB) == "file:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
    CHECK(attachmentHash(attachmentRef(kHashA)) == kHashA);
    CHECK(isSha256Hex(kHashB));
    CHECK_FALSE(isSha256Hex(""));
}

TEST_CASE("attachment 2. card evidence and request materials reference attachments, readers follow the access policy",
          "[core][S7.1][S7.4][S6.2.4]") {
    World w;
    w.seed();
    w.addTalent("T1", "E1", 1);
    w.addTalent("T4", "E4", 4);
    w.ok(talent("T1"), SubmitCardApplication{"CA1", CardClass::DirectIssue, "direct.1", {{"selection_notice", "入选通知.pdf"}, {"selection_notice", attachmentRef(kHashA)}}},
         "2025-03-03");
    w.ok(employerAdmin("E1"), AssignSpecialist{"T1", "S1"}, "2025-03-03");
    w.ok(specialist("S1", "E1"), CompleteApplication{"CA1", {{"employer_nomination", attachmentRef(kHashB)}}}, "2025-03-03");
    w.issueCard("T4", "E4", "S4", "CA4", "2025-03-03");
    w.ok(specialist("S4", "E4"), FileServiceRequest{"R4", "T4", "A6", {attachmentRef(kHashB), "身份证复印件"}}, "2025-03-04");

    CHECK(referencingRecords(w.state, kHashA) == std::vector<std::string>{"card_application/CA1"});
    CHECK(referencingRecords(w.state, kHashB) == std::vector<std::string>{"card_application/CA1", "request/R4"});
    CHECK(referencingRecords(w.state, kHashC).empty());
    CHECK(referencingRecords(w.state, "file:" + kHashA).empty()); // a hash, not a reference

    struct Case {
        int n;
        Actor actor;
        const std::string& hash;
        bool reads;
    };
    const std::vector<Case> cases = {
        {1, talent("T1"), kHashA, true},
        {2, talent("T4"), kHashA, false},
        {3, specialist("S1", "E1"), kHashA, true},
        {4, specialist("S1b", "E1"), kHashA, false}, // same employer, not assigned
        {5, window("370102"), kHashA, true},
        {6, window("370200"), kHashA, false}, // Qingdao: not its region
        {7, window("370200"), kHashB, true},  // but R4 of a Qingdao employer is
        {8, talent("T4"), kHashB, true},
        {9, specialist("S4", "E4"), kHashA, false},
        {10, window("370000"), kHashC, false}, // referenced by nothing
        {11, kAdmin, kHashA, true},
    };
    for (const auto& c : cases) {
        INFO("case " << c.n << " " << c.actor.id);
        CHECK(attachmentVisible(c.actor, c.hash, w.state, w.ref.regions, [](const std::string&) { return true; }) == c.reads);
    }
}

TEST_CASE("attachment 3. a record's attachments, and a reference read only where it is vouched for",
          "[core][S7.1][S7.4][security]") {
    World w;
    w.seed();
    w.addTalent("T1", "E1", 1);
    w.addTalent("T4", "E4", 4);
    w.ok(talent("T1"), SubmitCardApplication{"CA1", CardClass::DirectIssue, "direct.1", {{"selection_notice", "入选通知.pdf"}, {"selection_notice", attachmentRef(kHashA)}}},
         "2025-03-03");
    w.ok(employerAdmin("E1"), AssignSpecialist{"T1", "S1"}, "2025-03-03");
    w.ok(specialist("S1", "E1"), CompleteApplication{"CA1", {{"employer_nomination", attachmentRef(kHashB)}}}, "2025-03-03");
    w.issueCard("T4", "E4", "S4", "CA4", "2025-03-03");
    w.ok(specialist("S4", "E4"), FileServiceRequest{"R4", "T4", "A6", {attachmentRef(kHashB), "身份证复印件"}}, "2025-03-04");

    CHECK(attachmentsOf(w.state, "card_application/CA1") == std::vector<std::string>{kHashA, kHashB});
    CHECK(attachmentsOf(w.state, "request/R4") == std::vector<std::string>{kHashB});
    CHECK(attachmentsOf(w.state, "card_application/CA4").empty());
    CHECK(attachmentsOf(w.state, "card_application/CA404").empty());
    CHECK(attachmentsOf(w.state, "talent/T1").empty());
    CHECK(attachmentsOf(w.state, "no key").empty());

    // Only R4's reference to B is vouched for: the Qingdao window reads B through it,
    // the Lixia window (which sees CA1, not R4) does not, nor anyone A.
    std::vector<std::string> asked;
    const ReferenceVouched onlyR4 = [&](const std::string& key) {
        asked.push_back(key);
        return key == "request/R4";
    };
    CHECK(attachmentVisible(window("370200"), kHashB, w.state, w.ref.regions, onlyR4));
    CHECK_FALSE(attachmentVisible(window("370102"), kHashB, w.state, w.ref.regions, onlyR4));
    CHECK_FALSE(attachmentVisible(talent("T1"), kHashA, w.state, w.ref.regions, onlyR4));
    CHECK(attachmentVisible(talent("T4"), kHashB, w.state, w.ref.regions, onlyR4));
    // Only records the actor may see are asked about.
    CHECK(std::find(asked.begin(), asked.end(), "card_application/CA1") != asked.end());
    asked.clear();
    CHECK_FALSE(attachmentVisible(talent("T4"), kHashA, w.state, w.ref.regions, onlyR4));
    CHECK(asked.empty());
}
