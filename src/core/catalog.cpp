// Implements Catalog: look-ups, search over zh/en text, validation of the Annex A
// item list and its departments and agencies, and the window administrator's changes.
#include "core/catalog.h"

#include <algorithm>
#include <set>
#include <string>

namespace huicai {

namespace {

char lowerAscii(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool containsCaseless(std::string_view hay, std::string_view needle) {
    if (needle.empty()) return true;
    auto it = std::search(hay.begin(), hay.end(), needle.begin(), needle.end(),
                          [](char a, char b) { return lowerAscii(a) == lowerAscii(b); });
    return it != hay.end();
}

bool contains(const std::vector<std::string>& v, std::string_view s) {
    return std::find(v.begin(), v.end(), s) != v.end();
}

} // namespace

std::string_view obtainModeId(ObtainMode mode) {
    switch (mode) {
    case ObtainMode::DirectWithCard: return "direct_with_card";
    case ObtainMode::Booked: return "booked";
    case ObtainMode::Application: return "application";
    case ObtainMode::Invitation: return "invitation";
    }
    assert(false && "obtainModeId: unknown mode");
    return "";
}

std::optional<ObtainMode> parseObtainMode(std::string_view id) {
    for (ObtainMode m : {ObtainMode::DirectWithCard, ObtainMode::Booked, ObtainMode::Application, ObtainMode::Invitation})
        if (obtainModeId(m) == id) return m;
    return std::nullopt;
}

bool isDirectMode(ObtainMode mode) { return mode == ObtainMode::DirectWithCard || mode == ObtainMode::Booked; }

Catalog::Catalog(std::vector<Department> departments, std::vector<Agency> agencies, std::vector<ServiceItem> items)
    : m_departments(std::move(departments)), m_agencies(std::move(agencies)), m_items(std::move(items)) {}

const ServiceItem* Catalog::item(std::string_view code) const {
    for (const auto& i : m_items)
        if (i.code == code) return &i;
    return nullptr;
}

ServiceItem* Catalog::findItem(std::string_view code) {
    for (auto& i : m_items)
        if (i.code == code) return &i;
    return nullptr;
}

const Department* Catalog::department(std::string_view id) const {
    for (const auto& d : m_departments)
        if (d.id == id) return &d;
    return nullptr;
}

const Agency* Catalog::agency(std::string_view id) const {
    for (const auto& a : m_agencies)
        if (a.id == id) return &a;
    return nullptr;
}

std::vector<const Agency*> Catalog::agenciesOf(std::string_view departmentId) const {
    std::vector<const Agency*> out;
    for (const auto& a : m_agencies)
        if (a.departmentId == departmentId) out.push_back(&a);
    return out;
}

std::vector<const ServiceItem*> Catalog::itemsOfDepartment(std::string_view departmentId) const {
    std::vector<const ServiceItem*> out;
    for (const auto& i : m_items)
        if (contains(i.departments, departmentId)) out.push_back(&i);
    return out;
}

std::vector<const ServiceItem*> Catalog::search(std::string_view query) const {
    std::vector<const ServiceItem*> out;
    for (const auto& i : m_items)
        if (containsCaseless(i.nameZh, query) || containsCaseless(i.nameEn, query) ||
            containsCaseless(i.descZh, query) || containsCaseless(i.descEn, query))
            out.push_back(&i);
    return out;
}

Status Catalog::validate() const {
    std::set<std::string> ids;
    for (const auto& d : m_departments) {
        if (d.id.empty() || d.nameZh.empty() || d.nameEn.empty()) return makeError("error.catalog.field", "department " + d.id);
        if (!ids.insert(d.id).second) return makeError("error.catalog.duplicate", d.id);
    }
    for (const auto& a : m_agencies) {
        if (a.id.empty() || a.nameZh.empty() || a.nameEn.empty()) return makeError("error.catalog.field", "agency " + a.id);
        if (!ids.insert(a.id).second) return makeError("error.catalog.duplicate", a.id);
        if (!department(a.departmentId)) return makeError("error.catalog.unknown_department", a.id + ": " + a.departmentId);
    }
    std::set<std::string> codes;
    for (const auto& i : m_items)
        if (!codes.insert(i.code).second) return makeError("error.catalog.duplicate", i.code);
    for (std::size_t k = 0; k < m_items.size() && k < 30; ++k) {
        const ServiceItem& i = m_items[k];
        const std::string want = "A" + std::to_string(k + 1);
        if (i.code != want || i.number != static_cast<int>(k + 1))
            return makeError("error.catalog.items", "expected " + want + " at position " + std::to_string(k + 1) + ", found " + i.code);
    }
    if (m_items.size() != 30) return makeError("error.catalog.items", "count " + std::to_string(m_items.size()));
    for (const auto& i : m_items) {
        if (i.nameZh.empty() || i.nameEn.empty() || i.descZh.empty() || i.descEn.empty())
            return makeError("error.catalog.field", i.code);
        if (i.departments.empty()) return makeError("error.catalog.unknown_department", i.code + ": (none)");
        for (const auto& d : i.departments)
            if (!department(d)) return makeError("error.catalog.unknown_department", i.code + ": " + d);
        for (const auto& a : i.agencies) {
            const Agency* agency = this->agency(a);
            if (!agency) return makeError("error.catalog.unknown_agency", i.code + ": " + a);
            if (!contains(i.departments, agency->departmentId))
                return makeError("error.catalog.agency_department", i.code + ": " + a);
        }
        for (const auto& d : i.directHandling)
            if (!contains(i.departments, d)) return makeError("error.catalog.unknown_department", i.code + ": " + d);
        // A complete route: each competent department hands the item to one of its
        // agencies or handles it itself; a task can otherwise never be handled.
        for (const auto& d : i.departments) {
            const bool agency = std::any_of(i.agencies.begin(), i.agencies.end(), [&](const std::string& a) {
                const Agency* ag = this->agency(a);
                return ag && ag->departmentId == d;
            });
            if (!agency && !contains(i.directHandling, d)) return makeError("error.catalog.no_route", i.code + ": " + d);
        }
        if (i.promisedWorkingDays && *i.promisedWorkingDays < 1)
            return makeError("error.catalog.days", i.code + ": " + std::to_string(*i.promisedWorkingDays));
    }
    return Ok{};
}

Status Catalog::setMode(std::string_view code, ObtainMode mode) {
    ServiceItem* i = findItem(code);
    if (!i) return makeError("error.catalog.unknown_item", std::string(code));
    i->mode = mode;
    return Ok{};
}

Status Catalog::setPromisedDays(std::string_view code, int days) {
    ServiceItem* i = findItem(code);
    if (!i) return makeError("error.catalog.unknown_item", std::string(code));
    if (days < 1) return makeError("error.catalog.days", std::string(code) + ": " + std::to_string(days));
    i->promisedWorkingDays = days;
    i->daysAreDefault = false;
    return Ok{};
}

} // namespace huicai
