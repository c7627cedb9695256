// Workflows as data: which roles may issue each command at all (the role gate), and
// per workflow a transition table of rows (from-state, command, to-state, role).
// apply() looks a step up here before changing anything: a command with no row from
// the record's current state is "error.workflow.illegal_transition"; a row that
// exists only for other roles is "error.access.denied". Self-rows (from == to) are
// commands that change a record without moving its state (e.g. ConfirmContract).
#pragma once
#include "core/actor.h"
#include "core/model.h"
#include "core/result.h"

#include <span>
#include <string_view>

namespace huicai {

constexpr unsigned roleBit(Role r) { return 1u << static_cast<unsigned>(r); }

// Short role masks for the transition tables (workflow_*.cpp).
namespace role_mask {
constexpr unsigned kT = roleBit(Role::Talent);
constexpr unsigned kEA = roleBit(Role::EmployerAdmin);
constexpr unsigned kES = roleBit(Role::EmployerSpecialist);
constexpr unsigned kW = roleBit(Role::WindowSpecialist);
constexpr unsigned kD = roleBit(Role::DepartmentSpecialist);
constexpr unsigned kH = roleBit(Role::HandlingSpecialist);
constexpr unsigned kSA = roleBit(Role::SystemAdmin);
} // namespace role_mask

template <class S>
struct Transition {
    S from;
    std::string_view command;
    S to;
    unsigned roles; // roleBit() mask
};

// The roles that may issue a command at all (whatever the record); 0 when unknown.
unsigned commandRoles(std::string_view command);

std::span<const Transition<CardState>> cardTransitions();
std::span<const Transition<RequestState>> requestTransitions();
std::span<const Transition<TaskState>> taskTransitions();
std::span<const Transition<BookingState>> bookingTransitions();
std::span<const Transition<LocalCredentialState>> localCredentialTransitions();
std::span<const Transition<HotlineState>> hotlineTransitions();
std::span<const Transition<ComplaintState>> complaintTransitions();
std::span<const Transition<NoticeState>> noticeTransitions();

// Checks one step against a table: error.workflow.illegal_transition when no row
// leads from `from` by `command` to `to`; error.access.denied when rows exist but
// none for `role`. Detail: "<command> from <state>".
template <class S>
Status checkStep(std::span<const Transition<S>> table, S from, std::string_view command, S to, Role role) {
    bool any = false, roleOk = false;
    for (const auto& t : table) {
        if (t.from != from || t.command != command || t.to != to) continue;
        any = true;
        if (t.roles & roleBit(role)) roleOk = true;
    }
    const std::string detail = std::string(command) + " from " + std::string(enumId(from));
    if (!any) return makeError("error.workflow.illegal_transition", detail);
    if (!roleOk) return makeError("error.access.denied", detail);
    return Ok{};
}

// True when some row leaves `from` by `command` (whatever the target).
template <class S>
bool hasStep(std::span<const Transition<S>> table, S from, std::string_view command) {
    for (const auto& t : table)
        if (t.from == from && t.command == command) return true;
    return false;
}

} // namespace huicai
