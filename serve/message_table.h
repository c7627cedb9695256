// English texts for every error key the sync API may answer with: the server's own
// catalog (messages.h) plus the English i18n tables of assets/i18n (workflow,
// reference, sync, ...), read once at start. "{detail}" in a text is replaced by the
// error's detail. The client shows its own language by key; this text is for logs
// and for clients without the tables.
#pragma once
#include "core/result.h"

#include <map>
#include <string>

namespace huicai::serve {

class MessageTable {
public:
    // Reads every <domain>.en.json of `i18nDir`; unreadable files are skipped.
    static MessageTable load(const std::string& i18nDir);
    std::string text(const Error& error) const;

private:
    std::map<std::string, std::string, std::less<>> m_texts;
};

} // namespace huicai::serve
