// Records of credentials: the Huicai Card application with its states, escalation
// position, time-limit clock and history (S7.1), the issued card (S5.1), a city
// window's recommendation for evaluation class (4) (S5.1.3), and city/county
// credential schemes and credentials (S5.2, S7.2).
#pragma once
#include "core/deadline.h"
#include "core/model_fields.h"
#include "core/talent_reference.h"

#include <optional>
#include <string>
#include <vector>

namespace huicai {

inline constexpr std::array<EnumName<CardClass>, 3> kCardClassNames = {
    {{CardClass::DirectIssue, "direct"}, {CardClass::ReviewIssue, "review"}, {CardClass::EvaluationIssue, "evaluation"}}};
constexpr std::span<const EnumName<CardClass>> enumNames(CardClass) { return kCardClassNames; }

enum class CardState {
    Draft,               // no application yet (the table's initial state)
    SubmittedByTalent,   // S7.1 (1)
    SpecialistAssigned,  // S7.1 (2)
    CompletedByEmployer, // S7.1 (3)
    UnderWindowReview,   // S7.1 (4), at `window`
    ApprovedAtWindow,    // approved at `window`, to be escalated (S7.1 (5))
    AtProvince,          // at the provincial window (S7.1 (6))
    ExpertPanel,         // evaluation class: referred to an expert panel
    PanelApproved,       // evaluation class: the panel approved
    ReturnedForRevision, // back to the employer specialist with reasons
    Issued,
    Rejected,
};
inline constexpr std::array<EnumName<CardState>, 12> kCardStateNames = {{
    {CardState::Draft, "draft"},
    {CardState::SubmittedByTalent, "submitted_by_talent"},
    {CardState::SpecialistAssigned, "specialist_assigned"},
    {CardState::CompletedByEmployer, "completed_by_employer"},
    {CardState::UnderWindowReview, "under_window_review"},
    {CardState::ApprovedAtWindow, "approved_at_window"},
    {CardState::AtProvince, "at_province"},
    {CardState::ExpertPanel, "expert_panel"},
    {CardState::PanelApproved, "panel_approved"},
    {CardState::ReturnedForRevision, "returned_for_revision"},
    {CardState::Issued, "issued"},
    {CardState::Rejected, "rejected"},
}};
constexpr std::span<const EnumName<CardState>> enumNames(CardState) { return kCardStateNames; }

// One transition of a workflow record: who, when, what, and why.
struct HistoryEntry {
    Date at;
    std::string commandId;
    std::string actor;
    std::string command;
    std::string from, to; // state ids
    std::string window;   // the window region after the transition, if any
    std::string reason;

    bool operator==(const HistoryEntry&) const = default;
    template <class S, class V> static void fields(S& s, V&& v) {
        v("at", s.at);
        v("command_id", s.commandId);
        v("actor", s.actor);
        v("command", s.command);
        v("from", s.from);
        v("to", s.to);
        v("window", s.window);
        v("reason", s.reason);
    }
};

struct PanelDecision {
    Date on;
    std::vector<std::string> experts;
    bool approved = false;
    std::string opinion;

    bool operator==(const PanelDecision&) const = default;
    template <class S, class V> static void fields(S& s, V&& v) {
        v("on", s.on);
        v("experts", s.experts);
        v("approved", s.approved);
        v("opinion", s.opinion);
    }
};

// One document offered for an evidence item its basis lists (S5.1): an attachment
// ("file:<sha256>", core/attachment.h) or a paper document described in words (its
// title, number, issuer). An item may have several documents (a certificate and its
// translation). `evidence` is empty only on entries stored before documents were
// asked per item (migration 9): they show as the application's other documents.
struct EvidenceDocument {
    std::string evidence; // the basis's evidence id, e.g. "selection_notice"
    std::string document;

    bool operator==(const EvidenceDocument&) const = default;
    template <class S, class V> static void fields(S& s, V&& v) {
        v("evidence", s.evidence);
        v("document", s.document);
    }
};

struct CardApplication {
    std::string id;
    std::string talent;
    std::string employer;
    CardClass cardClass = CardClass::DirectIssue;
    std::string basis; // eligibility basis id, e.g. "direct.1"
    std::vector<EvidenceDocument> evidence;
    CardState state = CardState::Draft;
    std::string window;                      // current window region (escalation position)
    CardState resubmitTo = CardState::Draft; // where a revision goes back to
    std::vector<std::string> reasons;        // of the return or rejection it is in; cleared on resubmission
    std::optional<Date> submittedOn;
    std::optional<Date> arrivedAtProvince;
    std::optional<Date> contractConfirmedOn;
    std::optional<PanelDecision> panel;
    Clock clock;
    std::string card; // the card number once issued
    std::vector<HistoryEntry> history;

    bool operator==(const CardApplication&) const = default;
    template <class S, class V> static void fields(S& s, V&& v) {
        v("id", s.id);
        v("talent", s.talent);
        v("employer", s.employer);
        v("class", s.cardClass);
        v("basis", s.basis);
        v("evidence", s.evidence);
        v("state", s.state);
        v("window", s.window);
        v("resubmit_to", s.resubmitTo);
        v("reasons", s.reasons);
        v("submitted_on", s.submittedOn);
        v("arrived_at_province", s.arrivedAtProvince);
        v("contract_confirmed_on", s.contractConfirmedOn);
        v("panel", s.panel);
        v("clock", s.clock);
        v("card", s.card);
        v("history", s.history);
    }
};

// An application still on its way: neither issued nor rejected (a talent has at most
// one open at a time).
inline bool isOpen(const CardApplication& a) { return a.state != CardState::Issued && a.state != CardState::Rejected; }

enum class CardStatus {
    Valid,
    Revoked
};
inline constexpr std::array<EnumName<CardStatus>, 2> kCardStatusNames = {{{CardStatus::Valid, "valid"}, {CardStatus::Revoked, "revoked"}}};
constexpr std::span<const EnumName<CardStatus>> enumNames(CardStatus) { return kCardStatusNames; }

// The province's signature of an issued card's facts (core/card_payload.h), made on
// the server with the signing key `key` and recorded on the card by SealCard.
struct CardSeal {
    std::string key;       // the id of the card key (CardKey) that signed
    std::string holder;    // the masked holder name that was signed
    std::string signature; // base64url Ed25519 signature of cardSealMessage()
    Date on;

    bool operator==(const CardSeal&) const = default;
    template <class S, class V> static void fields(S& s, V&& v) {
        v("key", s.key);
        v("holder", s.holder);
        v("signature", s.signature);
        v("on", s.on);
    }
};

struct Card {
    std::string number; // "SDHC-2025-000001"
    std::string holder;
    std::string application;
    CardClass cardClass = CardClass::DirectIssue;
    Date issuedOn;
    Date validUntil; // inclusive
    CardStatus status = CardStatus::Valid;
    std::optional<CardSeal> seal; // absent until the server has signed the card

    bool validOn(Date d) const { return status == CardStatus::Valid && d >= issuedOn && d <= validUntil; }
    bool operator==(const Card&) const = default;
    template <class S, class V> static void fields(S& s, V&& v) {
        v("number", s.number);
        v("holder", s.holder);
        v("application", s.application);
        v("class", s.cardClass);
        v("issued_on", s.issuedOn);
        v("valid_until", s.validUntil);
        v("status", s.status);
        v("seal", s.seal);
    }
};

// A public key the province signs cards with (PublishCardKey), visible to everyone
// so that any verifier can check a card offline. Keys are rotated by publishing a
// new one; an old key stays trusted for the cards it signed until it is withdrawn.
struct CardKey {
    std::string id;        // "k1", "k2", ...; "demo" for the demo's own key
    std::string publicKey; // base64url of the 32-byte Ed25519 public key
    Date since;
    std::optional<Date> withdrawnOn; // no card signed with it is accepted after this

    bool operator==(const CardKey&) const = default;
    template <class S, class V> static void fields(S& s, V&& v) {
        v("id", s.id);
        v("public_key", s.publicKey);
        v("since", s.since);
        v("withdrawn_on", s.withdrawnOn);
    }
};

// A revoked card (RevokeCard): the revocation list verifiers check offline. It names
// the card number only, so it is visible to everyone.
struct Revocation {
    std::string id; // the card number
    Date on;
    std::string window; // the window that revoked it
    std::string reason;

    bool operator==(const Revocation&) const = default;
    template <class S, class V> static void fields(S& s, V&& v) {
        v("id", s.id);
        v("on", s.on);
        v("window", s.window);
        v("reason", s.reason);
    }
};

// S5.1.3 (4): a city window recommends a talent of its green channel for the card.
struct Recommendation {
    std::string id; // the talent id: one recommendation per talent
    std::string talent;
    std::string window; // a city region
    Date on;
    std::string note;

    bool operator==(const Recommendation&) const = default;
    template <class S, class V> static void fields(S& s, V&& v) {
        v("id", s.id);
        v("talent", s.talent);
        v("window", s.window);
        v("on", s.on);
        v("note", s.note);
    }
};

// S5.2, S7.2: a city/county window's published credential scheme.
struct LocalScheme {
    std::string id;
    std::string window; // region code of a city, county or zone window
    std::string name;
    std::string requirements;
    std::string procedure;
    int timeLimitDays = 0;          // working days from application to issue
    std::vector<std::string> items; // the local services the credential gives
    Date publishedOn;

    bool operator==(const LocalScheme&) const = default;
    template <class S, class V> static void fields(S& s, V&& v) {
        v("id", s.id);
        v("window", s.window);
        v("name", s.name);
        v("requirements", s.requirements);
        v("procedure", s.procedure);
        v("time_limit_days", s.timeLimitDays);
        v("items", s.items);
        v("published_on", s.publishedOn);
    }
};

enum class LocalCredentialState {
    Applied,
    Issued,
    Refused
};
inline constexpr std::array<EnumName<LocalCredentialState>, 3> kLocalCredentialStateNames = {
    {{LocalCredentialState::Applied, "applied"}, {LocalCredentialState::Issued, "issued"}, {LocalCredentialState::Refused, "refused"}}};
constexpr std::span<const EnumName<LocalCredentialState>> enumNames(LocalCredentialState) { return kLocalCredentialStateNames; }

struct LocalCredential {
    std::string id;
    std::string scheme;
    std::string talent;
    std::string employer;
    LocalCredentialState state = LocalCredentialState::Applied;
    Date appliedOn;
    Clock clock;
    std::string number; // once issued: "<region>-<serial>"
    std::optional<Date> issuedOn;
    std::vector<std::string> reasons; // once refused
    std::optional<Date> refusedOn;

    bool operator==(const LocalCredential&) const = default;
    template <class S, class V> static void fields(S& s, V&& v) {
        v("id", s.id);
        v("scheme", s.scheme);
        v("talent", s.talent);
        v("employer", s.employer);
        v("state", s.state);
        v("applied_on", s.appliedOn);
        v("clock", s.clock);
        v("number", s.number);
        v("issued_on", s.issuedOn);
        v("reasons", s.reasons);
        v("refused_on", s.refusedOn);
    }
};

} // namespace huicai
