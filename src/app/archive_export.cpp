// Implements the archive's sections, its CSV file and its printable page.
#include "app/archive_export.h"

#include <cstdio>

namespace huicai::app {

namespace {

std::string tr(const ArchiveNames& n, std::string_view key) { return n.i18n.tr(key); }

std::string replaceAll(std::string s, std::string_view from, std::string_view to) {
    for (size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size())) s.replace(at, from.size(), to);
    return s;
}

std::string regionName(const ArchiveNames& n, const std::string& code) {
    const Region* r = n.regions.region(code);
    if (!r) return code;
    return n.zh || r->nameEn.empty() ? r->nameZh : r->nameEn;
}

std::string itemName(const ArchiveNames& n, const std::string& code) {
    const ServiceItem* i = n.catalog.item(code);
    if (!i) return code;
    return n.zh ? i->nameZh : i->nameEn;
}

std::string departmentName(const ArchiveNames& n, const std::string& id) {
    if (const Department* d = n.catalog.department(id)) return n.zh ? d->nameZh : d->nameEn;
    if (n.state)
        if (auto it = n.state->departments.find(id); it != n.state->departments.end())
            return n.zh || it->second.nameEn.empty() ? it->second.nameZh : it->second.nameEn;
    return id;
}

std::string joined(const std::vector<std::string>& parts) {
    std::string out;
    for (const auto& p : parts) out += (out.empty() ? "" : "; ") + p;
    return out;
}

std::string percent(std::optional<double> rate) {
    if (!rate) return "";
    char buf[16];
    std::snprintf(buf, sizeof buf, "%.1f%%", *rate * 100.0);
    return buf;
}

std::string isoOr(const std::optional<Date>& d) { return d ? d->iso() : std::string(); }

} // namespace

std::string archiveTitle(const Archive& a, const ArchiveNames& n) {
    std::string t = tr(n, "ui.oversight.archive_title");
    t = replaceAll(t, "{window}", regionName(n, a.window));
    t = replaceAll(t, "{year}", std::to_string(a.year));
    return replaceAll(t, "{quarter}", std::to_string(a.quarter));
}

std::vector<ArchiveSection> archiveSections(const Archive& a, const ArchiveNames& n) {
    std::vector<ArchiveSection> out;
    int served = 0;
    for (const auto& [code, count] : a.itemsServed) served += count;
    out.push_back({tr(n, "ui.oversight.section.summary"),
                   {tr(n, "ui.oversight.col.window"), tr(n, "ui.oversight.col.year"), tr(n, "ui.oversight.col.quarter"),
                    tr(n, "ui.oversight.col.served"), tr(n, "ui.oversight.col.completed"),
                    tr(n, "ui.oversight.col.on_time"), tr(n, "ui.oversight.col.on_time_rate")},
                   {{a.window + " " + regionName(n, a.window), std::to_string(a.year), "Q" + std::to_string(a.quarter),
                     std::to_string(served), std::to_string(a.completed), std::to_string(a.onTime),
                     percent(a.onTimeRate())}}});

    ArchiveSection items{tr(n, "ui.oversight.section.items"),
                         {tr(n, "ui.oversight.col.code"), tr(n, "ui.oversight.col.item"), tr(n, "ui.oversight.col.count")},
                         {}};
    for (const auto& [code, count] : a.itemsServed) items.rows.push_back({code, itemName(n, code), std::to_string(count)});
    out.push_back(std::move(items));

    ArchiveSection overdue{tr(n, "ui.oversight.section.overdue"),
                           {tr(n, "ui.oversight.col.request"), tr(n, "ui.oversight.col.department"),
                            tr(n, "ui.oversight.col.item"), tr(n, "ui.oversight.col.promised_due"),
                            tr(n, "ui.oversight.col.due"), tr(n, "ui.oversight.col.done"),
                            tr(n, "ui.oversight.col.explanations"), tr(n, "ui.oversight.col.new_dates")},
                           {}};
    for (const auto& e : a.overdue) {
        std::vector<std::string> dates;
        for (const auto& d : e.newDates) dates.push_back(d.iso());
        overdue.rows.push_back({e.request, departmentName(n, e.department), e.item + " " + itemName(n, e.item),
                                isoOr(e.promisedDue), isoOr(e.due),
                                tr(n, e.done ? "ui.oversight.yes" : "ui.oversight.no"), joined(e.explanations),
                                joined(dates)});
    }
    out.push_back(std::move(overdue));

    ArchiveSection problems{tr(n, "ui.oversight.section.problems"),
                            {tr(n, "ui.oversight.col.id"), tr(n, "ui.oversight.col.kind"),
                             tr(n, "ui.oversight.col.text"), tr(n, "ui.oversight.col.raised_at")},
                            {}};
    for (const auto& p : a.problems)
        problems.rows.push_back({p.id, tr(n, "workflow.problem_kind." + p.kind), p.text, regionName(n, p.raisedAt)});
    out.push_back(std::move(problems));

    out.push_back({tr(n, "ui.oversight.section.corps"),
                   {tr(n, "ui.oversight.col.window_specialists"), tr(n, "ui.oversight.col.employer_specialists"),
                    tr(n, "ui.oversight.col.talents"), tr(n, "ui.oversight.col.talents_without")},
                   {{std::to_string(a.corps.windowSpecialists), std::to_string(a.corps.employerSpecialists),
                     std::to_string(a.corps.talents), std::to_string(a.corps.talentsWithoutSpecialist)}}});

    if (!a.includes.empty()) {
        ArchiveSection inc{tr(n, "ui.oversight.section.includes"),
                           {tr(n, "ui.oversight.col.code"), tr(n, "ui.oversight.col.window")},
                           {}};
        for (const auto& w : a.includes) inc.rows.push_back({w, regionName(n, w)});
        out.push_back(std::move(inc));
    }
    return out;
}

std::string csvField(std::string_view value) {
    std::string out = "\"";
    if (!value.empty() && (value[0] == '=' || value[0] == '+' || value[0] == '-' || value[0] == '@' ||
                           value[0] == '\t' || value[0] == '\r'))
        out += '\'';
    for (char c : value) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

std::string archiveCsv(const std::string& title, const std::vector<ArchiveSection>& sections) {
    std::string out = "\xEF\xBB\xBF";
    auto line = [&](const std::vector<std::string>& fields) {
        for (size_t i = 0; i < fields.size(); ++i) out += (i ? "," : "") + csvField(fields[i]);
        out += "\r\n";
    };
    line({title});
    for (const auto& s : sections) {
        out += "\r\n";
        line({s.title});
        line(s.header);
        for (const auto& r : s.rows) line(r);
    }
    return out;
}

std::string htmlEscape(std::string_view value) {
    std::string out;
    for (char c : value) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        default: out += c;
        }
    }
    return out;
}

std::string archiveHtml(const std::string& title, const std::vector<ArchiveSection>& sections, std::string_view lang) {
    std::string out = "<!DOCTYPE html>\n<html lang=\"" + htmlEscape(lang) + "\"><head><meta charset=\"utf-8\"><title>" +
                      htmlEscape(title) +
                      "</title><style>body{font-family:sans-serif;margin:16px}table{border-collapse:collapse;"
                      "margin-bottom:16px;width:100%}th,td{border:1px solid #888;padding:4px 6px;text-align:left;"
                      "vertical-align:top}th{background:#eee}h2{font-size:1.1em;margin:16px 0 6px}"
                      "@media print{th{background:none}}</style></head><body>\n<h1>" +
                      htmlEscape(title) + "</h1>\n";
    for (const auto& s : sections) {
        out += "<h2>" + htmlEscape(s.title) + "</h2>\n<table><thead><tr>";
        for (const auto& h : s.header) out += "<th>" + htmlEscape(h) + "</th>";
        out += "</tr></thead><tbody>\n";
        for (const auto& r : s.rows) {
            out += "<tr>";
            for (const auto& f : r) out += "<td>" + htmlEscape(f) + "</td>";
            out += "</tr>\n";
        }
        out += "</tbody></table>\n";
    }
    return out + "</body></html>\n";
}

std::string archiveFileName(const Archive& a, std::string_view extension) {
    return "huicai-archive-" + a.window + "-" + std::to_string(a.year) + "Q" + std::to_string(a.quarter) + "." +
           std::string(extension);
}

} // namespace huicai::app
