// Implements App's side of attachments: the file picker opened for a form field (and
// armed while the pointer is over its button, so the pointerup itself opens it),
// picked files checked and kept (in this tab's memory; in server mode also uploaded
// through the Attachments state machine, one call per file at a time, driven by HTTP
// replies outside the frame loop), and downloads: from this tab's memory when it
// holds the bytes, otherwise from the server with the session's token.
#include "app/app.h"

#include "core/attachment.h"
#include "sync/endpoints.h"

namespace huicai::app {

namespace {

int pickerOf(std::vector<std::string>& fields, const std::string& field) {
    for (std::size_t i = 0; i < fields.size(); ++i)
        if (fields[i] == field) return static_cast<int>(i) + 1;
    fields.push_back(field);
    return static_cast<int>(fields.size());
}

} // namespace

bool App::applyAttachment(const Request& request) {
    AttachState& a = m_state.attach;
    if (auto* p = std::get_if<PickAttachment>(&request)) {
        platform::openFilePicker(pickerOf(m_pickerFields, p->field), Attachments::kMaxBytes);
    } else if (auto* r = std::get_if<RemoveAttachment>(&request)) {
        a.files.remove(r->field, r->sha256);
    } else if (auto* t = std::get_if<RetryAttachment>(&request)) {
        a.files.retry(t->field, t->sha256);
    } else if (auto* d = std::get_if<DownloadAttachment>(&request)) {
        a.downloadError = Error{};
        if (auto it = a.local.find(d->sha256); it != a.local.end()) {
            platform::downloadBytes(it->second.name, std::string(sync::mimeOf(it->second.type)), it->second.bytes);
        } else if (m_state.work.server() && m_state.work.session.valid() && isSha256Hex(d->sha256)) {
            a.downloading = d->sha256;
            m_downloadCall = platform::downloadFile(sync::endpoint::file(d->sha256), m_state.work.session.token,
                                                    "huicai-" + d->sha256.substr(0, 8));
        } else {
            a.downloadError = makeError("error.attach.not_here", d->sha256.substr(0, 8));
        }
    } else {
        return false;
    }
    return true;
}

void App::takePickedFiles() {
    AttachState& a = m_state.attach;
    bool any = false;
    for (auto& f : platform::takePickedFiles()) {
        if (takeConsoleFile(f)) {
            any = true;
            continue;
        }
        if (f.picker < 1 || f.picker > static_cast<int>(m_pickerFields.size())) continue;
        const std::string& field = m_pickerFields[static_cast<std::size_t>(f.picker) - 1];
        any = true;
        auto type = checkPickedFile(f.name, f.size, f.tooLarge, f.bytes, f.sha256, Attachments::kMaxBytes);
        if (!type) {
            a.files.setPickError(field, type.error());
            continue;
        }
        a.local[f.sha256] = LocalFile{f.name, *type, f.bytes};
        a.files.add(field, f.name, *type, f.sha256, std::move(f.bytes), !m_state.work.server());
    }
    if (any) ++m_state.work.version;
}

bool App::attachmentReply(const platform::HttpReply& reply) {
    AttachState& a = m_state.attach;
    if (reply.id == m_downloadCall && m_downloadCall != 0) {
        m_downloadCall = 0;
        a.downloading.clear();
        if (reply.status != 200) a.downloadError = makeError(reply.status == 0 ? "error.attach.offline" : "error.attach.not_found",
                                                             std::to_string(reply.status));
        return true;
    }
    auto call = m_attachCalls.find(reply.id);
    if (call == m_attachCalls.end()) return false;
    const auto [field, sha] = call->second;
    m_attachCalls.erase(call);
    if (auto i = a.files.indexOf(field, sha)) a.files.answer(*i, reply.status, reply.body);
    pumpAttachments();
    return true;
}

void App::pumpAttachments() {
    if (m_state.attach.armed != m_armedField) {
        m_armedField = m_state.attach.armed;
        platform::armFilePicker(m_armedField.empty() ? 0 : pickerOf(m_pickerFields, m_armedField), Attachments::kMaxBytes);
    }
    Workspace& d = m_state.work;
    if (!d.server() || !d.session.valid()) return;
    Attachments& files = m_state.attach.files;
    for (std::size_t i = 0; i < files.size(); ++i) {
        auto call = files.next(i);
        if (!call) continue;
        const Attachment& at = files.at(i);
        const int id = call->method == "PUT" ? platform::httpSendBytes(call->method, call->path, call->body, d.session.token)
                                             : platform::httpSend(call->method, call->path, call->body, d.session.token);
        m_attachCalls[id] = {at.field, at.sha256};
    }
}

} // namespace huicai::app
