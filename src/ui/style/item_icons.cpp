// Implements itemIcon: one table in Annex A's order.
#include "ui/style/item_icons.h"

#include <array>
#include <utility>

namespace huicai::ui {

namespace {

constexpr std::array<std::pair<std::string_view, Icon>, 30> kItemIcons{{
    {"A1", Icon::Plane},       // 出入境服务
    {"A2", Icon::IdCard},      // 居留许可
    {"A3", Icon::Home},        // 户籍办理
    {"A4", Icon::Building},    // 住房保障
    {"A5", Icon::Sitemap},     // 编制管理
    {"A6", Icon::Certificate}, // 职称评审
    {"A7", Icon::Job},         // 岗位聘用
    {"A8", Icon::Money},       // 薪酬管理
    {"A9", Icon::Family},      // 配偶就业
    {"A10", Icon::School},     // 子女入学
    {"A11", Icon::Medical},    // 医疗保健
    {"A12", Icon::Shield},     // 社会保险
    {"A13", Icon::Train},      // 铁路服务
    {"A14", Icon::Plane},      // 乘机服务
    {"A15", Icon::Ship},       // 轮渡服务
    {"A16", Icon::Car},        // 车管服务
    {"A17", Icon::Map},        // 旅游服务
    {"A18", Icon::Fitness},    // 健身服务
    {"A19", Icon::Rest},       // 休假疗养
    {"A20", Icon::Industry},   // 市场准入
    {"A21", Icon::TaxForm},    // 税务服务
    {"A22", Icon::Percent},    // 税收优惠
    {"A23", Icon::Research},   // 科研服务
    {"A24", Icon::Customs},    // 海关服务
    {"A25", Icon::Bank},       // 金融服务
    {"A26", Icon::Exchange},   // 外汇服务
    {"A27", Icon::Bullhorn},   // 政策宣传支持
    {"A28", Icon::Survey},     // 产业环境考察
    {"A29", Icon::Handshake},  // 项目推介
    {"A30", Icon::More},       // 其他服务
}};

} // namespace

Icon itemIcon(std::string_view code) {
    for (const auto& [c, icon] : kItemIcons)
        if (c == code) return icon;
    return Icon::More;
}

} // namespace huicai::ui
