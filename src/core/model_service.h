// Records of services to talents: bookings of direct services (S7.3), requests for
// application items with one department task per competent department (S7.4), and
// hotline / "人才山东" website intake forwarded to a handling agency (S6.2.3).
#pragma once
#include "core/model_card.h"

namespace huicai {

enum class BookingState {
    Booked,
    Served
};
inline constexpr std::array<EnumName<BookingState>, 2> kBookingStateNames = {{{BookingState::Booked, "booked"}, {BookingState::Served, "served"}}};
constexpr std::span<const EnumName<BookingState>> enumNames(BookingState) { return kBookingStateNames; }

struct Booking {
    std::string id;
    std::string talent;
    std::string item; // A-code of a DirectWithCard or Booked item
    std::string agency;
    std::string card; // the card shown
    Date bookedOn;
    Date forDate;
    BookingState state = BookingState::Booked;
    std::optional<Date> servedOn;

    bool operator==(const Booking&) const = default;
    template <class S, class V> static void fields(S& s, V&& v) {
        v("id", s.id);
        v("talent", s.talent);
        v("item", s.item);
        v("agency", s.agency);
        v("card", s.card);
        v("booked_on", s.bookedOn);
        v("for_date", s.forDate);
        v("state", s.state);
        v("served_on", s.servedOn);
    }
};

enum class RequestState {
    None,            // the table's initial state
    WithWindow,      // several departments: at the area's window for dispatch
    InProgress,      // department tasks open
    ResultsReported, // every department reported to the employer specialist and the window
    TalentInformed,
    Rated,
};
inline constexpr std::array<EnumName<RequestState>, 6> kRequestStateNames = {{
    {RequestState::None, "none"},
    {RequestState::WithWindow, "with_window"},
    {RequestState::InProgress, "in_progress"},
    {RequestState::ResultsReported, "results_reported"},
    {RequestState::TalentInformed, "talent_informed"},
    {RequestState::Rated, "rated"},
}};
constexpr std::span<const EnumName<RequestState>> enumNames(RequestState) { return kRequestStateNames; }

struct ServiceRequest {
    std::string id;
    std::string talent;
    std::string employer;
    std::string specialist; // the employer specialist who filed it
    std::string item;
    std::vector<std::string> materials;
    RequestState state = RequestState::None;
    std::string window; // the area's window (employer's home window)
    std::vector<std::string> departments;
    Date filedOn;
    // The item's promised working days when it was filed: a later catalogue
    // adjustment does not move the limit of a request already filed (S8.3 (1)).
    std::optional<int> promisedDays;
    std::optional<Date> informedOn;
    std::optional<int> rating; // 1..5
    std::string ratingComment;
    std::vector<HistoryEntry> history;

    bool operator==(const ServiceRequest&) const = default;
    template <class S, class V> static void fields(S& s, V&& v) {
        v("id", s.id);
        v("talent", s.talent);
        v("employer", s.employer);
        v("specialist", s.specialist);
        v("item", s.item);
        v("materials", s.materials);
        v("state", s.state);
        v("window", s.window);
        v("departments", s.departments);
        v("filed_on", s.filedOn);
        v("promised_days", s.promisedDays);
        v("informed_on", s.informedOn);
        v("rating", s.rating);
        v("rating_comment", s.ratingComment);
        v("history", s.history);
    }
};

enum class TaskState {
    None,
    Received,
    WithAgency,
    Handled,
    Reported
};
inline constexpr std::array<EnumName<TaskState>, 5> kTaskStateNames = {{{TaskState::None, "none"},
                                                                        {TaskState::Received, "received"},
                                                                        {TaskState::WithAgency, "with_agency"},
                                                                        {TaskState::Handled, "handled"},
                                                                        {TaskState::Reported, "reported"}}};
constexpr std::span<const EnumName<TaskState>> enumNames(TaskState) { return kTaskStateNames; }

// One competent department's part of a request; key "<request>:<department>".
struct DepartmentTask {
    std::string id;
    std::string request;
    std::string department;
    std::string agency;
    TaskState state = TaskState::None;
    Date receivedOn;
    Clock clock; // starts on receipt, limit = the item's promised working days
    std::string result;
    bool granted = false;
    std::vector<std::string> reportedTo; // employer specialist id and "window/<region>"
    std::optional<Date> reportedOn;
    std::vector<HistoryEntry> history;

    bool operator==(const DepartmentTask&) const = default;
    template <class S, class V> static void fields(S& s, V&& v) {
        v("id", s.id);
        v("request", s.request);
        v("department", s.department);
        v("agency", s.agency);
        v("state", s.state);
        v("received_on", s.receivedOn);
        v("clock", s.clock);
        v("result", s.result);
        v("granted", s.granted);
        v("reported_to", s.reportedTo);
        v("reported_on", s.reportedOn);
        v("history", s.history);
    }
};

enum class IntakeChannel {
    Hotline,
    Website
};
inline constexpr std::array<EnumName<IntakeChannel>, 2> kIntakeChannelNames = {{{IntakeChannel::Hotline, "hotline"}, {IntakeChannel::Website, "website"}}};
constexpr std::span<const EnumName<IntakeChannel>> enumNames(IntakeChannel) { return kIntakeChannelNames; }

enum class HotlineState {
    Recorded,
    Forwarded,
    Resolved
};
inline constexpr std::array<EnumName<HotlineState>, 3> kHotlineStateNames = {
    {{HotlineState::Recorded, "recorded"}, {HotlineState::Forwarded, "forwarded"}, {HotlineState::Resolved, "resolved"}}};
constexpr std::span<const EnumName<HotlineState>> enumNames(HotlineState) { return kHotlineStateNames; }

struct HotlineRequest {
    std::string id;
    IntakeChannel channel = IntakeChannel::Hotline;
    std::string window; // the window that recorded it
    std::string talent; // may be empty (anonymous caller)
    std::string content;
    HotlineState state = HotlineState::Recorded;
    std::string agency;
    Date recordedOn;
    std::optional<Date> forwardedOn;
    std::optional<Date> resolvedOn;
    std::string resolution;

    bool operator==(const HotlineRequest&) const = default;
    template <class S, class V> static void fields(S& s, V&& v) {
        v("id", s.id);
        v("channel", s.channel);
        v("window", s.window);
        v("talent", s.talent);
        v("content", s.content);
        v("state", s.state);
        v("agency", s.agency);
        v("recorded_on", s.recordedOn);
        v("forwarded_on", s.forwardedOn);
        v("resolved_on", s.resolvedOn);
        v("resolution", s.resolution);
    }
};

} // namespace huicai
