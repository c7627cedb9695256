// Adjustments of the provincial catalogue (S8.3 (1): "根据评估评价结果对…服务的方式、
// 服务内容进行调整"): the province window changes an item's way of obtaining it, its
// promised time limit or its description, with the reason. Each adjustment is a
// versioned record, key "<item>:<version>" (1, 2, … per item); the catalogue in force
// is the reference catalogue with the item's adjustments laid over it in version
// order (core/catalog_adjust.h). A request keeps the limit it was filed under.
#pragma once
#include "core/date.h"
#include "core/model_fields.h"

#include <optional>
#include <string>

namespace huicai {

struct CatalogAdjustment {
    std::string id; // "<item>:<version>"
    std::string item;
    int version = 0;
    std::string window;         // the province window's region code
    std::string mode;           // obtainModeId(), or empty: unchanged
    std::optional<int> days;    // the new promised working days, or unchanged
    std::string descZh, descEn; // the new description, or empty: unchanged
    std::string reason;
    std::string by;
    Date on;

    bool operator==(const CatalogAdjustment&) const = default;
    template <class S, class V> static void fields(S& s, V&& v) {
        v("id", s.id);
        v("item", s.item);
        v("version", s.version);
        v("window", s.window);
        v("mode", s.mode);
        v("days", s.days);
        v("desc_zh", s.descZh);
        v("desc_en", s.descEn);
        v("reason", s.reason);
        v("by", s.by);
        v("on", s.on);
    }
};

} // namespace huicai
