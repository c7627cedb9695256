// One catalogue item (#/catalog/<code>): its names, how it is obtained, the competent
// departments and handling agencies, the promised time limit, the favourite toggle and
// the description, wrapped for Chinese text; the province window's adjustments of it
// (S8.3 (1)), newest first, and for that window the form that adjusts it.
#include "ui/screens/screens.h"

#include "ui/style/components.h"

#include "core/catalog_adjust.h"
#include "core/unit_offers.h"
#include "ui/theme.h"
#include "ui/widgets/capped_text.h"
#include "ui/widgets/choice_row.h"
#include "ui/widgets/item_facts.h"
#include "ui/widgets/screen_form.h"
#include "ui/widgets/text.h"
#include "ui/widgets/work_view.h"

#include <algorithm>

namespace huicai::ui {

namespace {

void fact(app::AppState& state, Ui& ui, const char* key, const std::string& value, float labelW) {
    const float x = ImGui::GetCursorPosX();
    textColored(ui, colour(Tone::Muted), state.tr(key));
    if (state.narrow) {
        wrappedText(ui, value);
    } else {
        ImGui::SameLine(x + labelW);
        wrappedText(ui, value, ImGui::GetContentRegionAvail().x);
    }
    ImGui::Dummy(ImVec2(0, space::kTight));
}

struct AdjustForm {
    std::string item; // the item the fields belong to
    std::string mode; // obtainModeId(), or empty: unchanged
    std::string days, descZh, descEn, reason;
    std::string hint;         // i18n key of the form's own check, or empty
    CoreAnswer<bool> allowed; // may the acting window adjust the item
    std::string allowedFor;   // the item `allowed` was asked for
};

std::string adjustmentLine(const app::AppState& state, const CatalogAdjustment& a) {
    std::vector<std::string> parts;
    if (const auto mode = parseObtainMode(a.mode)) parts.push_back(format(state.tr("ui.adjust.changed_mode"), "mode", modeText(state, *mode)));
    if (a.days) parts.push_back(countText(state.i18n, "ui.adjust.changed_days", "n", *a.days));
    if (!a.descZh.empty() || !a.descEn.empty()) parts.push_back(state.tr("ui.adjust.changed_text"));
    std::string line = format(format(state.tr("ui.adjust.version"), "n", std::to_string(a.version)), "date", a.on.iso());
    for (const auto& p : parts) line += " · " + p;
    return line;
}

void adjustmentHistory(app::AppState& state, Ui& ui, const std::string& code) {
    if (!state.work.loaded) return;
    const auto adjusted = adjustmentsOf(state.work.state, code);
    if (adjusted.empty()) return;
    ImGui::Separator();
    heading(ui, state.tr("ui.adjust.history_title"));
    for (const CatalogAdjustment* a : adjusted) {
        cappedText(ui, adjustmentLine(state, *a), 2);
        cappedText(ui, format(state.tr("ui.adjust.reason_line"), "reason", a->reason), 3, colour(Tone::Muted));
    }
}

void adjustForm(app::AppState& state, Ui& ui, const ServiceItem& item) {
    const Actor* actor = state.work.loaded ? state.work.actor() : nullptr;
    if (!actor) return;
    AdjustForm& f = screenForm<AdjustForm>(state, "item_adjust");
    if (f.item != item.code) f = AdjustForm{item.code};
    const bool may = f.allowed.get(state, [&] { return mayAdjustItem(state.work.state, *actor, item.code, state.workContext()); });
    if (!may) return;
    ImGui::Separator();
    heading(ui, state.tr("ui.adjust.form_title"));
    wrappedText(ui, state.tr("ui.adjust.form_note"), 0, colour(Tone::Muted));
    const float width = measureWidth(Measure::Form);
    textColored(ui, colour(Tone::Muted), state.tr("ui.item.mode"));
    startChoices();
    if (choice(ui, std::string(state.tr("ui.adjust.unchanged")) + "##adjust-mode-none", f.mode.empty())) f.mode.clear();
    for (ObtainMode m : {ObtainMode::DirectWithCard, ObtainMode::Booked, ObtainMode::Application, ObtainMode::Invitation}) {
        const std::string id(obtainModeId(m));
        if (m != item.mode && choice(ui, modeText(state, m) + "##adjust-mode-" + id, f.mode == id)) f.mode = id;
    }
    searchField(ui, "##adjust-days", state.tr("ui.adjust.days_hint"), f.days, measureWidth(Measure::Field));
    multilineField(ui, "##adjust-desc-zh", state.tr("ui.adjust.desc_zh_hint"), f.descZh, width, 70.0f);
    multilineField(ui, "##adjust-desc-en", state.tr("ui.adjust.desc_en_hint"), f.descEn, width, 70.0f);
    searchField(ui, "##adjust-reason", state.tr("ui.adjust.reason_hint"), f.reason, width);
    if (button(ui, labelled(state, "workflow.command.AdjustCatalogItem", "adjust-item"))) {
        const auto days = positiveNumber(f.days);
        if (!f.days.empty() && !days) {
            f.hint = "ui.adjust.need_days";
        } else if (f.mode.empty() && !days && f.descZh.empty() && f.descEn.empty()) {
            f.hint = "ui.adjust.need_change";
        } else if (f.reason.empty()) {
            f.hint = "ui.adjust.need_reason";
        } else {
            f.hint.clear();
            ui.request(app::RunCommand{AdjustCatalogItem{item.code, f.mode, days.value_or(0), f.descZh, f.descEn, f.reason},
                                       [&f] { f = AdjustForm{f.item}; }});
        }
    }
    if (!f.hint.empty()) fieldError(ui, state.tr(f.hint), 0);
}

} // namespace

void itemScreen(app::AppState& state, Ui& ui) {
    if (button(ui, std::string(state.tr("ui.item.back")) + "##back", ImVec2(0, 0), Icon::Back)) ui.request(app::Navigate{app::Route{}});
    ImGui::Dummy(ImVec2(0, space::kTight));
    const ServiceItem* item = state.catalog.item(state.route.itemCode);
    if (!item) {
        wrappedText(ui, format(state.tr("ui.item.not_found"), "code", state.route.itemCode), 0, colour(Tone::Warning));
        return;
    }
    textColored(ui, colour(Tone::Muted), item->code);
    ImGui::SameLine();
    textColored(ui, colour(Tone::Primary), itemName(state, *item));
    wrappedText(ui, itemOtherName(state, *item), 0, colour(Tone::Muted));
    ImGui::BeginDisabled(state.readOnly);
    if (favouriteToggle(ui, state.tr("ui.favourite"), item->code, state.isFavourite(item->code)))
        ui.request(app::ToggleFavourite{item->code});
    ImGui::EndDisabled();
    ImGui::Separator();

    const float labelW = ImGui::GetFontSize() * (!state.zh() ? 10.0f : 6.5f);
    fact(state, ui, "ui.item.mode", modeText(state, item->mode), labelW);
    fact(state, ui, "ui.item.departments", departmentsText(state, *item), labelW);
    if (!item->agencies.empty()) fact(state, ui, "ui.item.agencies", agenciesText(state, *item), labelW);
    fact(state, ui, "ui.item.time_limit", timeLimitText(state, *item), labelW);
    if (item->daysAreDefault) wrappedText(ui, state.tr("ui.item.default_note"), 0, colour(Tone::Muted));
    if (item->isMultiDepartment() && item->mode == ObtainMode::Application)
        wrappedText(ui, state.tr("ui.item.via_window"), 0, colour(Tone::Muted));
    ImGui::Separator();

    heading(ui, state.tr("ui.item.description"));
    const float maxW = std::min(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 45);
    wrappedText(ui, itemDescription(state, *item), maxW);
    adjustmentHistory(state, ui, item->code);
    adjustForm(state, ui, *item);
}

} // namespace huicai::ui
