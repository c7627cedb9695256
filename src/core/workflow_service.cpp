// The transition tables of services (S7.3, S7.4), hotline intake (S6.2.3),
// complaint items (S8.1.2 (1)) and correction notices (S8.1.2 (2)).
#include "core/workflow.h"

#include <array>

namespace huicai {

namespace {
using namespace role_mask;

using R = RequestState;
constexpr std::array kRequest = {
    Transition<R>{R::None, "FileServiceRequest", R::WithWindow, kES}, // several competent departments
    Transition<R>{R::None, "FileServiceRequest", R::InProgress, kES}, // one department: filed with it
    Transition<R>{R::WithWindow, "DispatchToDepartments", R::InProgress, kW},
    Transition<R>{R::InProgress, "ReportResult", R::InProgress, kD},
    Transition<R>{R::InProgress, "ReportResult", R::ResultsReported, kD},
    Transition<R>{R::ResultsReported, "InformTalent", R::TalentInformed, kES},
    Transition<R>{R::TalentInformed, "RateService", R::Rated, kT},
};

using K = TaskState;
constexpr std::array kTask = {
    Transition<K>{K::None, "FileServiceRequest", K::Received, kES},
    Transition<K>{K::None, "DispatchToDepartments", K::Received, kW},
    Transition<K>{K::Received, "AssignToAgency", K::WithAgency, kD},
    Transition<K>{K::WithAgency, "AssignToAgency", K::WithAgency, kD},
    Transition<K>{K::Received, "CompleteHandling", K::Handled, kD}, // a department handling it itself
    Transition<K>{K::WithAgency, "CompleteHandling", K::Handled, kH},
    Transition<K>{K::Handled, "ReportResult", K::Reported, kD},
    Transition<K>{K::Received, "ReportOverdue", K::Received, kD},
    Transition<K>{K::WithAgency, "ReportOverdue", K::WithAgency, kD | kH},
    Transition<K>{K::Received, "SuspendClock", K::Received, kD},
    Transition<K>{K::WithAgency, "SuspendClock", K::WithAgency, kD},
    Transition<K>{K::Received, "ResumeClock", K::Received, kD},
    Transition<K>{K::WithAgency, "ResumeClock", K::WithAgency, kD},
    Transition<K>{K::Received, "ExtendClock", K::Received, kD},
    Transition<K>{K::WithAgency, "ExtendClock", K::WithAgency, kD},
};

using B = BookingState;
constexpr std::array kBooking = {Transition<B>{B::Booked, "ServeBooking", B::Served, kH}};

using H = HotlineState;
constexpr std::array kHotline = {
    Transition<H>{H::Recorded, "ForwardHotlineRequest", H::Forwarded, kW},
    Transition<H>{H::Forwarded, "ResolveHotlineRequest", H::Resolved, kH},
};

using P = ComplaintState;
constexpr std::array kComplaint = {
    Transition<P>{P::Flagged, "RespondToComplaint", P::Responded, kD},
    Transition<P>{P::Flagged, "RespondToComplaint", P::Flagged, kH}, // an agency answers beside its department
    Transition<P>{P::Responded, "RespondToComplaint", P::Responded, kH},
    Transition<P>{P::Responded, "CloseComplaint", P::Closed, kW},
};

using N = NoticeState;
constexpr std::array kNotice = {Transition<N>{N::Sent, "AcknowledgeCorrection", N::Corrected, kEA | kD | kH | kW}};
} // namespace

std::span<const Transition<RequestState>> requestTransitions() { return kRequest; }
std::span<const Transition<TaskState>> taskTransitions() { return kTask; }
std::span<const Transition<BookingState>> bookingTransitions() { return kBooking; }
std::span<const Transition<HotlineState>> hotlineTransitions() { return kHotline; }
std::span<const Transition<ComplaintState>> complaintTransitions() { return kComplaint; }
std::span<const Transition<NoticeState>> noticeTransitions() { return kNotice; }

} // namespace huicai
