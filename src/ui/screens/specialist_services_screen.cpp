// The employer specialist's service applications (#/specialist/services): prepare an
// application for an assigned card holder — an application item the card entitles
// them to and the materials, one per line or separated by commas (S6.2.4 (2), S7.4
// (1)); follow each filed request with its department tasks and deadline chips; once
// every department has reported, see the results and tell the talent (S7.4 (4)).
#include "ui/screens/screens.h"

#include "ui/style/components.h"

#include "core/workflow_credentials.h"
#include "ui/theme.h"
#include "ui/widgets/offer_button.h"
#include "ui/widgets/screen_form.h"
#include "ui/widgets/attachment_field.h"
#include "ui/widgets/service_view.h"
#include "ui/widgets/text.h"
#include "ui/widgets/work_view.h"

#include <algorithm>

namespace huicai::ui {

namespace {

struct Form {
    std::string talent, item;
};

std::vector<std::string> splitMaterials(const std::string& s) {
    std::vector<std::string> out;
    std::string cur;
    auto flush = [&] {
        const auto b = cur.find_first_not_of(' ');
        const auto e = cur.find_last_not_of(' ');
        if (b != std::string::npos) out.push_back(cur.substr(b, e - b + 1));
        cur.clear();
    };
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == ',' || s[i] == ';' || s[i] == '\n') {
            flush();
            continue;
        }
        if (s.compare(i, 3, "，") == 0 || s.compare(i, 3, "、") == 0 || s.compare(i, 3, "；") == 0) {
            flush();
            i += 2;
            continue;
        }
        cur += s[i];
    }
    flush();
    return out;
}

bool combo(Ui& ui, const char* id, const std::string& label, const std::vector<std::string>& values,
           const std::vector<std::string>& shown, std::string& value, float width) {
    textColored(ui, colour(Tone::Muted), label);
    std::string preview;
    for (std::size_t i = 0; i < values.size(); ++i)
        if (values[i] == value) preview = shown[i];
    ui.fonts.note(preview);
    ImGui::SetNextItemWidth(width);
    bool changed = false;
    if (ImGui::BeginCombo(id, preview.c_str())) {
        for (std::size_t i = 0; i < values.size(); ++i) {
            ui.fonts.note(shown[i]);
            if (ImGui::Selectable((shown[i] + id + "-" + values[i]).c_str(), values[i] == value)) {
                value = values[i];
                changed = true;
            }
        }
        ImGui::EndCombo();
    }
    markCombo(ui, label, preview);
    return changed;
}

void fileForm(app::AppState& state, Ui& ui, const Actor& actor, Form& form) {
    const app::Workspace& d = state.work;
    const float width = measureWidth(Measure::Form);
    heading(ui, state.tr("ui.service.file_title"));
    std::vector<std::string> talents, talentNames;
    for (const auto& [id, t] : d.state.talents) {
        if (t.specialist != actor.id) continue;
        if (entitlementsOf(d.state, id, d.today, state.catalog, d.regions).card.empty()) continue;
        talents.push_back(id);
        talentNames.push_back(t.name + " · " + id);
    }
    if (talents.empty()) {
        wrappedText(ui, state.tr("ui.service.no_card_holders"), 0, colour(Tone::Muted));
        return;
    }
    if (std::find(talents.begin(), talents.end(), form.talent) == talents.end()) form.talent = talents.front();
    if (combo(ui, "##file-talent", state.tr("ui.service.talent"), talents, talentNames, form.talent, width)) form.item.clear();
    std::vector<std::string> items, itemNames;
    for (const auto& code : entitlementsOf(d.state, form.talent, d.today, state.catalog, d.regions).provincialItems) {
        const ServiceItem* item = state.catalog.item(code);
        if (!item || item->mode != ObtainMode::Application) continue;
        items.push_back(code);
        itemNames.push_back(itemName(state, code));
    }
    if (items.empty()) return;
    if (std::find(items.begin(), items.end(), form.item) == items.end()) form.item = items.front();
    combo(ui, "##file-item", state.tr("ui.service.item"), items, itemNames, form.item, width);
    if (const ServiceItem* item = state.catalog.item(form.item)) {
        std::string deps;
        for (const auto& dep : item->departments) deps += (deps.empty() ? "" : "、") + departmentName(state, dep);
        wrappedText(ui, format(state.tr(item->isMultiDepartment() ? "ui.service.via_window" : "ui.service.direct_to"), "list", deps),
                    width, colour(Tone::Muted));
        if (item->promisedWorkingDays)
            text(ui, countText(state.i18n, "ui.service.promised_days", "n", *item->promisedWorkingDays));
    }
    std::string& materials = serviceField(state, "file-materials");
    textColored(ui, colour(Tone::Muted), state.tr("ui.service.materials"));
    searchField(ui, "##file-materials", state.tr("ui.service.materials_hint"), materials, width);
    const auto files = attachmentField(state, ui, "file-materials", "ui.attach.materials", width);
    if (button(ui, labelled(state, "workflow.command.FileServiceRequest", "file-request")) && files) {
        const std::string id = d.newId("SR", d.state.requests.size());
        auto list = splitMaterials(materials);
        list.insert(list.end(), files->begin(), files->end());
        ui.request(app::RunCommand{FileServiceRequest{id, form.talent, form.item, list}, [&materials, &state] {
                                       materials.clear();
                                       state.attach.files.clear("file-materials");
                                   }});
    }
}

void informForm(app::AppState& state, Ui& ui, const ServiceRequest& r) {
    const float width = measureWidth(Measure::Form);
    std::string& note = serviceField(state, "inform-" + r.id);
    searchField(ui, ("##inform-" + r.id).c_str(), state.tr("ui.service.inform_hint"), note, width);
    if (button(ui, labelled(state, "workflow.command.InformTalent", "inform-" + r.id))) {
        ui.request(app::RunCommand{InformTalent{r.id, note}, [&note] { note.clear(); }});
    }
}

} // namespace

void specialistServicesScreen(app::AppState& state, Ui& ui) {
    if (!workReady(state, ui)) return;
    heading(ui, state.tr("ui.service.specialist_title"));
    if (!roleGate(state, ui, Role::EmployerSpecialist, "employer_specialist")) return;
    const Actor* actor = state.work.actor();
    if (!actor) return;
    if (button(ui, labelled(state, "ui.service.to_card_work", "to-card-work")))
        ui.request(app::Navigate{app::Route{app::Screen::Specialist, {}}});
    Form& form = screenForm<Form>(state, "specialist_services");
    fileForm(state, ui, *actor, form);
    ImGui::Dummy(ImVec2(0, space::kItem));
    heading(ui, state.tr("ui.service.my_requests"));
    std::string& filter = serviceField(state, "filter-specialist");
    filterField(state, ui, "##filter-specialist", filter);
    std::vector<const ServiceRequest*> rows;
    for (const auto& [id, r] : state.work.state.requests) {
        auto t = state.work.state.talents.find(r.talent);
        const bool mine = r.specialist == actor->id || (t != state.work.state.talents.end() && t->second.specialist == actor->id);
        if (mine && rowMatches(filter, {requestHeader(state, r)})) rows.push_back(&r);
    }
    // Results to pass on first, then the newest.
    auto toInform = [&](const ServiceRequest* r) {
        return findOffer(state.offersOn(recordKey("request", r->id)), "InformTalent") != nullptr;
    };
    std::stable_sort(rows.begin(), rows.end(), [&](const ServiceRequest* a, const ServiceRequest* b) {
        const bool ra = toInform(a), rb = toInform(b);
        if (ra != rb) return ra;
        return a->filedOn > b->filedOn;
    });
    for (const ServiceRequest* r : rows) {
        ImGui::Separator();
        text(ui, requestHeader(state, *r));
        requestTimeline(state, ui, *r);
        if (toInform(r)) informForm(state, ui, *r);
    }
    if (rows.empty()) wrappedText(ui, state.tr("ui.service.no_requests"), 0, colour(Tone::Muted));
}

} // namespace huicai::ui
