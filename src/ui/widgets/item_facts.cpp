// Implements the item facts of item_facts.h from the catalogue and the i18n tables.
#include "ui/widgets/item_facts.h"

#include "ui/widgets/text.h"

namespace huicai::ui {

namespace {

std::string joined(const app::AppState& s, const std::vector<std::string>& parts) {
    std::string out;
    const char* sep = s.zh() ? "、" : "; ";
    for (const auto& p : parts) {
        if (!out.empty()) out += sep;
        out += p;
    }
    return out;
}

} // namespace

const std::string& itemName(const app::AppState& s, const ServiceItem& item) { return s.zh() ? item.nameZh : item.nameEn; }
const std::string& itemOtherName(const app::AppState& s, const ServiceItem& item) { return s.zh() ? item.nameEn : item.nameZh; }
const std::string& itemDescription(const app::AppState& s, const ServiceItem& item) {
    return s.zh() ? item.descZh : item.descEn;
}

std::string modeText(const app::AppState& s, ObtainMode mode) {
    return s.tr("ui.mode." + std::string(obtainModeId(mode)));
}

std::string departmentsText(const app::AppState& s, const ServiceItem& item) {
    std::vector<std::string> names;
    for (const auto& id : item.departments) {
        const Department* d = s.catalog.department(id);
        names.push_back(d ? (s.zh() ? d->nameZh : d->nameEn) : id);
    }
    return joined(s, names);
}

std::string agenciesText(const app::AppState& s, const ServiceItem& item) {
    std::vector<std::string> names;
    for (const auto& id : item.agencies) {
        const Agency* a = s.catalog.agency(id);
        names.push_back(a ? (s.zh() ? a->nameZh : a->nameEn) : id);
    }
    return joined(s, names);
}

std::string timeLimitText(const app::AppState& s, const ServiceItem& item) {
    if (!item.promisedWorkingDays) {
        switch (item.mode) {
        case ObtainMode::DirectWithCard: return s.tr("ui.days.on_the_spot");
        case ObtainMode::Booked: return s.tr("ui.days.after_booking");
        case ObtainMode::Invitation: return s.tr("ui.days.by_invitation");
        case ObtainMode::Application: break;
        }
        return s.tr("ui.days.none");
    }
    std::string t = countText(s.i18n, "ui.days.n", "n", *item.promisedWorkingDays);
    if (item.daysAreDefault) t += s.tr("ui.days.default_suffix");
    return t;
}

} // namespace huicai::ui
