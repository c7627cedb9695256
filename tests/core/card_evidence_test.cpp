// The evidence of a card application, document by document (S5.1): each eligibility
// basis lists its evidence items (assets/talent.json), every entry names one of them
// and holds a document; the talent may leave items to the employer specialist, but
// the application is completed, submitted to a window or resubmitted only once every
// item has a document. Several documents may stand for one item; the same one is
// kept once. The offers show the completion waiting while items are missing.
#include "core/card_evidence.h"
#include "core/offers.h"
#include "workflow_fixture.h"

using namespace wf;

namespace {

// The waiting reason of `command`'s offer to `actor` on the application `app`
// ("" when it is ready); the test fails when it is not offered at all.
std::string waitingOn(World& w, const Actor& actor, const std::string& app, const std::string& command, const char* on) {
    const auto list = offers(w.state, actor, recordKey("card_application", app), w.ctx(d(on)));
    const Offer* o = findOffer(list, command);
    INFO(command << " offered to " << actor.id);
    REQUIRE(o);
    return o->waitingOn;
}

// The seeded world with T1 of E1 assigned to S1.
void assignedTalent(World& w) {
    w.seed();
    w.addTalent("T1", "E1", 1);
    w.ok(employerAdmin("E1"), AssignSpecialist{"T1", "S1"}, "2025-03-03");
}

// The application `id` as stored before documents were asked per item (migration
// 9): its entries name no item.
void migrate(World& w, const std::string& id, std::vector<EvidenceDocument> entries) {
    w.state.cardApplications.at(id).evidence = std::move(entries);
}

} // namespace

TEST_CASE("1. an entry naming an item its basis does not list is refused with error.card.evidence_unknown", "[core][S5.1]") {
    World w;
    assignedTalent(w);
    // direct.1 rests on the selection notice and the employer's nomination; a contract
    // is evidence of the review class.
    const auto submit = [](std::vector<EvidenceDocument> e) {
        return SubmitCardApplication{"CA", CardClass::DirectIssue, "direct.1", std::move(e)};
    };
    w.fails(talent("T1"), submit({{"selection_notice", "入选通知.pdf"}, {"introduction_contract", "柔性引进协议.pdf"}}), "2025-03-03",
            "error.card.evidence_unknown");
    auto r = w.run(talent("T1"), submit({{"introduction_contract", "柔性引进协议.pdf"}}), "2025-03-03");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().detail == "introduction_contract");
    // An entry of no item is how old entries were migrated; none is taken anew.
    w.fails(talent("T1"), submit({{"", "入选通知.pdf"}}), "2025-03-03", "error.card.evidence_unknown");
    CHECK(w.state.cardApplications.empty());

    w.ok(talent("T1"), submit({{"selection_notice", "入选通知.pdf"}}), "2025-03-03");
    w.fails(kS1, CompleteApplication{"CA", {{"employer_nomination", "推荐函.pdf"}, {"urgent_need_statement", "急需紧缺说明.pdf"}}},
            "2025-03-04", "error.card.evidence_unknown");
    CHECK(w.app("CA").state == CardState::SpecialistAssigned);
}

TEST_CASE("2. a blank document is refused with error.card.evidence_document naming the item", "[core][S5.1]") {
    World w;
    assignedTalent(w);
    for (const char* blank : {"", " ", "\t \n"}) {
        INFO("document '" << blank << "'");
        auto r = w.run(talent("T1"), SubmitCardApplication{"CA", CardClass::DirectIssue, "direct.1", {{"selection_notice", blank}}},
                       "2025-03-03");
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().key == "error.card.evidence_document");
        CHECK(r.error().detail == "selection_notice");
    }
    CHECK(w.state.cardApplications.empty());
    w.ok(talent("T1"), SubmitCardApplication{"CA", CardClass::DirectIssue, "direct.1", {{"selection_notice", "入选通知.pdf"}}},
         "2025-03-03");
    w.fails(kS1, CompleteApplication{"CA", {{"employer_nomination", "  "}}}, "2025-03-04", "error.card.evidence_document");
}

TEST_CASE("3. the talent may leave items out, CompleteApplication is refused until every item has a document and names the missing ones",
          "[core][S5.1][S7.1]") {
    World w;
    assignedTalent(w);
    // evaluation.5: the title, the key post, the employer's statement of urgent need.
    w.ok(talent("T1"), SubmitCardApplication{"CA", CardClass::EvaluationIssue, "evaluation.5", {}}, "2025-03-03");
    CHECK(w.app("CA").evidence.empty());
    auto none = w.run(kS1, CompleteApplication{"CA", {}}, "2025-03-04");
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().key == "error.card.evidence_missing");
    CHECK(none.error().detail == "title_or_doctorate, key_post_proof, urgent_need_statement");

    // One document still leaves two items: refused, and nothing of it is kept.
    const State before = w.state;
    auto some = w.run(kS1, CompleteApplication{"CA", {{"title_or_doctorate", "正高级职称证书.pdf"}}}, "2025-03-04");
    REQUIRE_FALSE(some.ok());
    CHECK(some.error().key == "error.card.evidence_missing");
    CHECK(some.error().detail == "key_post_proof, urgent_need_statement");
    CHECK(w.state == before);
    CHECK(missingEvidence(*w.ref.talent.basis("evaluation.5"), w.app("CA").evidence).size() == 3);

    w.ok(kS1,
         CompleteApplication{"CA",
                             {{"urgent_need_statement", "急需紧缺人才需求说明（单位盖章）"},
                              {"title_or_doctorate", "正高级职称证书.pdf"},
                              {"key_post_proof", "关键岗位任职证明（2020-2025）"}}},
         "2025-03-04");
    CHECK(w.app("CA").state == CardState::CompletedByEmployer);
    CHECK(w.app("CA").evidence.size() == 3);
    CHECK(missingEvidence(*w.ref.talent.basis("evaluation.5"), w.app("CA").evidence).empty());
    w.ok(kS1, SubmitToWindow{"CA"}, "2025-03-04");
    CHECK(w.app("CA").state == CardState::UnderWindowReview);
}

TEST_CASE("4. SubmitToWindow refuses an application whose items are not all covered, as one migrated with entries of no item",
          "[core][S5.1][S7.1]") {
    World w;
    w.directApplication("CA", "2025-03-03", false);
    // Completed before documents were asked per item: two old entries, naming nothing.
    CardApplication& app = w.state.cardApplications.at("CA");
    app.state = CardState::CompletedByEmployer;
    migrate(w, "CA", {{"", "入选通知.pdf"}, {"", "推荐函.pdf"}});

    auto r = w.run(kS1, SubmitToWindow{"CA"}, "2025-03-04");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().key == "error.card.evidence_missing");
    CHECK(r.error().detail == "selection_notice, employer_nomination");
    CHECK(w.app("CA").state == CardState::CompletedByEmployer);
    // The specialist is shown the submission waiting for the documents.
    CHECK(waitingOn(w, kS1, "CA", "SubmitToWindow", "2025-03-04") == "error.card.evidence_missing");

    w.ok(kS1, CompleteApplication{"CA", {{"selection_notice", "入选通知.pdf"}, {"employer_nomination", "推荐函.pdf"}}}, "2025-03-04");
    CHECK(waitingOn(w, kS1, "CA", "SubmitToWindow", "2025-03-04").empty());
    w.ok(kS1, SubmitToWindow{"CA"}, "2025-03-04");
    CHECK(w.app("CA").state == CardState::UnderWindowReview);
    // The old entries stay, as the application's other documents.
    CHECK(documentsFor(w.app("CA").evidence, "") == std::vector<std::string>{"入选通知.pdf", "推荐函.pdf"});
}

TEST_CASE("5. Resubmit after ReturnForRevision is refused while an item lacks a document and succeeds once CompleteApplication adds it",
          "[core][S5.1][S7.1]") {
    World w;
    w.directApplication("CA", "2025-03-03", true);
    w.ok(window("370102"), ReturnForRevision{"CA", {"单位推荐函未盖章"}}, "2025-03-04");
    // Stored before documents were asked per item: the nomination was an entry of no item.
    migrate(w, "CA", {{"selection_notice", "组织部入选通知.pdf"}, {"", "单位推荐函.pdf"}});

    auto r = w.run(kS1, Resubmit{"CA", "已补充"}, "2025-03-05");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().key == "error.card.evidence_missing");
    CHECK(r.error().detail == "employer_nomination");
    CHECK(w.app("CA").state == CardState::ReturnedForRevision);

    w.ok(kS1, CompleteApplication{"CA", {{"employer_nomination", "单位推荐函（盖章）.pdf"}}}, "2025-03-05");
    CHECK(w.app("CA").state == CardState::ReturnedForRevision); // completing does not send it back
    w.ok(kS1, Resubmit{"CA", "已补充盖章推荐函"}, "2025-03-05");
    CHECK(w.app("CA").state == CardState::UnderWindowReview);
    CHECK(w.app("CA").window == "370102");
    CHECK(documentsFor(w.app("CA").evidence, "employer_nomination") == std::vector<std::string>{"单位推荐函（盖章）.pdf"});
}

TEST_CASE("6. several documents for one item are kept in order and the same document for the same item is added once",
          "[core][S5.1]") {
    World w;
    assignedTalent(w);
    const EvidenceDocument notice{"selection_notice", "入选通知.pdf"}, translation{"selection_notice", "入选通知（英文译本）.pdf"};
    w.ok(talent("T1"), SubmitCardApplication{"CA", CardClass::DirectIssue, "direct.1", {notice, translation, notice}}, "2025-03-03");
    CHECK(w.app("CA").evidence == std::vector<EvidenceDocument>{notice, translation});

    const EvidenceDocument nomination{"employer_nomination", "单位推荐函.pdf"};
    // The same file named for another item is another entry.
    const EvidenceDocument alsoNomination{"employer_nomination", "入选通知.pdf"};
    w.ok(kS1, CompleteApplication{"CA", {translation, nomination, nomination, alsoNomination}}, "2025-03-04");
    CHECK(w.app("CA").evidence == std::vector<EvidenceDocument>{notice, translation, nomination, alsoNomination});
    CHECK(documentsFor(w.app("CA").evidence, "selection_notice") == std::vector<std::string>{"入选通知.pdf", "入选通知（英文译本）.pdf"});
    CHECK(documentsFor(w.app("CA").evidence, "employer_nomination") == std::vector<std::string>{"单位推荐函.pdf", "入选通知.pdf"});
    // Completing again with what is held changes nothing of the evidence.
    w.ok(kS1, CompleteApplication{"CA", {notice, nomination}}, "2025-03-04");
    CHECK(w.app("CA").evidence.size() == 4);
}

TEST_CASE("7. the offers show CompleteApplication waiting with error.card.evidence_missing while items are missing", "[core][S5.1][S6.2.4]") {
    World w;
    w.directApplication("CA", "2025-03-03", false); // the talent gave the selection notice only
    const auto list = offers(w.state, kS1, "card_application/CA", w.ctx(d("2025-03-03")));
    const Offer* complete = findOffer(list, "CompleteApplication");
    REQUIRE(complete);
    CHECK_FALSE(complete->ready());
    CHECK(complete->waitingOn == "error.card.evidence_missing");
    CHECK(complete->waitingDetail == "employer_nomination");
    CHECK(findOffer(list, "SubmitToWindow") == nullptr); // not completed yet

    w.ok(kS1, CompleteApplication{"CA", World::employerDocuments()}, "2025-03-03");
    CHECK(waitingOn(w, kS1, "CA", "CompleteApplication", "2025-03-03").empty());
    CHECK(waitingOn(w, kS1, "CA", "SubmitToWindow", "2025-03-03").empty());
}
