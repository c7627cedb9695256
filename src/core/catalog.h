// The service catalogue (S4.2, Annex A): the 30 green-channel items with their
// zh/en names and descriptions, how each is obtained, the competent departments and
// handling agencies that provide it, and the promised time limit in working days.
// The catalogue is data (assets/catalog.json, read by src/data/catalog_json.h); a
// window administrator may change an item's mode and time limit.
#pragma once
#include "core/result.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace huicai {

enum class ObtainMode {
    DirectWithCard, // shown the card, served on the spot (S7.3)
    Booked,         // booked with the handling agency's specialist, then shown the card (S7.3)
    Application,    // applied for through the specialists (S7.4)
    Invitation,     // the talent is invited by the window or department
};

// "direct_with_card", "booked", "application", "invitation" (the JSON spelling).
std::string_view obtainModeId(ObtainMode mode);
std::optional<ObtainMode> parseObtainMode(std::string_view id);
// True for the modes that need no application (S7.3): DirectWithCard and Booked.
bool isDirectMode(ObtainMode mode);

struct Department {
    std::string id; // e.g. "sd_public_security"
    std::string nameZh, nameEn;
};

struct Agency {
    std::string id; // e.g. "sd_exit_entry"
    std::string departmentId;
    std::string nameZh, nameEn;
};

struct ServiceItem {
    std::string code; // "A1".."A30"
    int number = 0;   // 1..30
    std::string nameZh, nameEn, descZh, descEn;
    ObtainMode mode = ObtainMode::Application;
    std::vector<std::string> departments; // competent departments, 1 or more
    std::vector<std::string> agencies;    // handling agencies, each under one of `departments`
    // Competent departments that handle the item themselves, with no agency (S6.2.2 (1)):
    // every department of the item has an agency of the item under it or is listed here.
    std::vector<std::string> directHandling;
    std::optional<int> promisedWorkingDays;
    bool daysAreDefault = false; // the standard gives no limit; the figure is a configurable default

    // S7.4: an application item of several competent departments goes through the window.
    bool isMultiDepartment() const { return departments.size() > 1; }
};

class Catalog {
public:
    Catalog() = default;
    Catalog(std::vector<Department> departments, std::vector<Agency> agencies, std::vector<ServiceItem> items);

    const std::vector<ServiceItem>& items() const { return m_items; }
    const std::vector<Department>& departments() const { return m_departments; }
    const std::vector<Agency>& agencies() const { return m_agencies; }

    const ServiceItem* item(std::string_view code) const;    // nullptr when unknown
    const Department* department(std::string_view id) const; // nullptr when unknown
    const Agency* agency(std::string_view id) const;         // nullptr when unknown
    std::vector<const Agency*> agenciesOf(std::string_view departmentId) const;
    // The items a competent department provides, in catalogue order.
    std::vector<const ServiceItem*> itemsOfDepartment(std::string_view departmentId) const;

    // Items whose zh/en name or description contains `query` (ASCII case-insensitive;
    // Chinese matched byte for byte). An empty query gives every item. Catalogue order.
    std::vector<const ServiceItem*> search(std::string_view query) const;

    // Exactly A1..A30 in order (error.catalog.items: detail the position or code),
    // unique codes (error.catalog.duplicate), names present (error.catalog.field),
    // at least one department per item and every department/agency known
    // (error.catalog.unknown_department / error.catalog.unknown_agency: detail
    // "A9: dept_id"), each agency under one of the item's departments
    // (error.catalog.agency_department), time limits positive (error.catalog.days).
    Status validate() const;

    // Window administrator changes. error.catalog.unknown_item when `code` is unknown;
    // error.catalog.days when days < 1 (setting days clears daysAreDefault).
    Status setMode(std::string_view code, ObtainMode mode);
    Status setPromisedDays(std::string_view code, int days);

private:
    ServiceItem* findItem(std::string_view code);

    std::vector<Department> m_departments;
    std::vector<Agency> m_agencies;
    std::vector<ServiceItem> m_items;
};

} // namespace huicai
