// Attachments in the browser against the real server (issue 5: the talent applies
// "attaching evidence"). A fresh talent (talent.t15) picks a small real PDF through the
// browser's file chooser for the card application; a file of another type and one above
// the 10 MB limit are refused with the localised message before anything is sent; the
// PDF is uploaded in chunks and its reference goes with the application. Once the
// employer has assigned a specialist who submits it, the county window sees the
// attachment in the queue's timeline and downloads it: the bytes are the PDF's. In the
// demo (no upload) the file stays in the page and downloads from there. The employer
// specialist's service application carries a JPEG the same way to the window's requests.
import test from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { withApp } from './lib/fixture.mjs';
import { saveScreenshot } from './lib/artifacts.mjs';
import { assetsDir } from './lib/paths.mjs';
import { press, reveal, waitForTextAnywhere } from './lib/scrolling.mjs';
import { openPeople } from './lib/people.mjs';
import { switchRole } from './lib/demo_flow.mjs';
import { describeDocuments, documentText, EVIDENCE, evidenceItems } from './lib/evidence.mjs';
import { clickWidget, findWidget, imeType, moveMouseAway, poll, typeText, visibleTexts, waitForText, waitForWrappedText } from './lib/widgets.mjs';

const readJson = (...p) => JSON.parse(readFileSync(path.join(assetsDir(), ...p), 'utf8'));
const UI = readJson('i18n', 'ui.zh-CN.json');
const WF = readJson('i18n', 'workflow.zh-CN.json');
const AT = readJson('i18n', 'attach.zh-CN.json');
const AT_EN = readJson('i18n', 'attach.en.json');
const SV = readJson('i18n', 'service.zh-CN.json');
const A2 = readJson('catalog.json').items.find((i) => i.code === 'A2');

const fill = (pattern, name, value) => pattern.replaceAll(`{${name}}`, value);
const cmd = (name) => WF[`workflow.command.${name}`];
const cardState = (id) => WF[`workflow.card_state.${id}`];
const expectState = (page, id) => waitForTextAnywhere(page, fill(UI['ui.timeline.state'], 'state', cardState(id)));
const expectDone = (page, name) => waitForTextAnywhere(page, fill(UI['ui.demo.done'], 'command', cmd(name)));
const refused = (key, detail) => fill(AT['ui.attach.refused'], 'reason', fill(AT[key], 'detail', detail));


// A small but valid one-page PDF.
function smallPdf() {
  const objects = [
    '1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n',
    '2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n',
    '3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>\nendobj\n',
  ];
  let body = '%PDF-1.4\n';
  const offsets = [];
  for (const o of objects) { offsets.push(body.length); body += o; }
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) body += `${String(off).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

// Clicks the attach button and hands the chooser `files` ({name, mimeType, buffer}).
async function attach(page, files) {
  const chooser = page.waitForEvent('filechooser', { timeout: 10_000 });
  await clickWidget(page, AT['ui.attach.add']);
  await (await chooser).setFiles(files);
  await moveMouseAway(page);
}

test('attachments: a talent attaches a PDF to the card application, the window downloads it; wrong type and oversize refused [S7.1] [S7.4] [S5.1.1]', async (t) => {
  const name = '新申请人';
  const pdf = smallPdf();
  const sha = createHash('sha256').update(pdf).digest('hex');
  await withApp(t, { open: false }, async ({ server }) => {
    const people = await openPeople(server);
    let failed = true;
    try {
      const talent = await people.person('talent.t15', '#/talent');
      const page = talent.page;
      // The first document of the basis (direct.1: the selection notice) takes the files.
      await waitForText(page, EVIDENCE['zh-CN']['ui.evidence.title']);

      // Refused before any upload: not a PDF/JPEG/PNG by its bytes, whatever its name says; above 10 MB.
      await attach(page, [{ name: 'notes.pdf', mimeType: 'application/pdf', buffer: Buffer.from('just some text\n') }]);
      await waitForText(page, refused('error.attach.type', 'notes.pdf'));
      await attach(page, [{ name: 'big.pdf', mimeType: 'application/pdf', buffer: Buffer.concat([pdf, Buffer.alloc(11 << 20)]) }]);
      await waitForText(page, (s) => s.startsWith(fill(AT['ui.attach.refused'], 'reason', fill(AT['error.attach.too_large'], 'detail', '11.0 MB'))));
      // The window's users never saw them: nothing was sent (checked below through the window's view).

      await attach(page, [{ name: '博士学位证书.pdf', mimeType: 'application/pdf', buffer: pdf }]);
      await waitForText(page, (s) => s.startsWith('博士学位证书.pdf · '));
      await waitForText(page, AT['ui.attach.done'], { timeoutMs: 15_000 });
      assert.ok(!(await visibleTexts(page)).some((s) => s.startsWith(fill(AT['ui.attach.refused'], 'reason', ''))),
        'a good pick clears the last refusal');
      await saveScreenshot(page, 'attachments-zh');
      await press(page, cmd('SubmitCardApplication'));
      await expectState(page, 'submitted_by_talent');
      // The talent's own timeline links the file by its name (this tab picked it).
      await waitForText(page, fill(AT['ui.attach.download'], 'name', '博士学位证书.pdf'));

      // The employer assigns a specialist, who completes and submits to the county window.
      const admin = await people.person('e1.admin', '#/employer');
      await clickWidget(admin.page, UI['ui.employer.filter_hint']);
      await imeType(admin.page, [], name);
      await moveMouseAway(admin.page);
      await waitForText(admin.page, UI['ui.employer.no_specialist']);
      await press(admin.page, fill(UI['ui.employer.assign_to'], 'name', '王专员'));
      await expectDone(admin.page, 'AssignSpecialist');
      await poll(async () => !(await visibleTexts(admin.page)).some((s) => s.includes(fill(UI['ui.status.pending'], 'n', '1'))),
        'the assignment was not sent', 15_000);
      const spec = await people.person('e1.specialist', '#/specialist');
      await waitForText(spec.page, (s) => s.startsWith(`· ${name}`));
      // The attached file stands for the selection notice; the nomination is the specialist's.
      await waitForText(spec.page, fill(EVIDENCE['zh-CN']['ui.evidence.missing'], 'item', evidenceItems('direct.1')[1].nameZh));
      await describeDocuments(spec.page, 'direct.1', { only: ['employer_nomination'] });
      await press(spec.page, cmd('CompleteApplication'));
      await expectState(spec.page, 'completed_by_employer');
      await press(spec.page, cmd('SubmitToWindow'));
      await expectState(spec.page, 'under_window_review');
      await poll(async () => !(await visibleTexts(spec.page)).some((s) => s.includes(fill(UI['ui.status.pending'], 'n', '1'))),
        'the submission was not sent', 15_000);

      // The county window: the application's timeline links the attachment; it downloads the PDF.
      const w = await people.person('lixia.window', '#/window');
      await clickWidget(w.page, UI['ui.window.filter_hint']);
      await imeType(w.page, [], name);
      await moveMouseAway(w.page);
      const link = fill(AT['ui.attach.download'], 'name', fill(AT['ui.attach.unnamed'], 'id', sha.slice(0, 8)));
      // Listed under the document it stands for, beside the specialist's paper nomination.
      const [notice, nomination] = evidenceItems('direct.1');
      await waitForWrappedText(w.page, fill(EVIDENCE['zh-CN']['ui.evidence.given'], 'item', notice.nameZh), { timeoutMs: 15_000 });
      await waitForText(w.page, fill(EVIDENCE['zh-CN']['ui.evidence.paper'], 'document', documentText(nomination)));
      const download = w.page.waitForEvent('download', { timeout: 15_000 });
      await clickWidget(w.page, link);
      const file = await download;
      assert.equal(file.suggestedFilename(), `huicai-${sha.slice(0, 8)}.pdf`);
      const chunks = [];
      for await (const c of await file.createReadStream()) chunks.push(c);
      assert.deepEqual(Buffer.concat(chunks), pdf, 'the downloaded bytes are the PDF the talent attached');
      await saveScreenshot(w.page, 'attachments-window-zh');

      // English: the talent's field and the refusal of a wrong type.
      await clickWidget(page, 'English');
      await moveMouseAway(page);
      await waitForText(page, fill(AT_EN['ui.attach.download'], 'name', '博士学位证书.pdf'));
      await clickWidget(w.page, 'English');
      await moveMouseAway(w.page);
      await waitForWrappedText(w.page, fill(EVIDENCE.en['ui.evidence.given'], 'item', notice.nameEn));
      await saveScreenshot(w.page, 'attachments-en');
      people.assertNoPageErrors();
      failed = false;
    } finally {
      await people.close(failed ? t.name : undefined);
    }
  });
});

test('attachments in the demo: a PNG attached to the card application is kept in the page and downloads from it [S7.1] [S5.1.1]', async (t) => {
  // The eight bytes of the PNG signature and an empty IHDR-sized tail: enough for the type check.
  const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('IHDR demo bytes')]);
  await withApp(t, { hash: '#/demo' }, async ({ app }) => {
    const { page } = app;
    await switchRole(page, 'talent', '#/talent');
    await attach(page, [{ name: 'award.png', mimeType: 'image/png', buffer: png }]);
    await waitForText(page, (s) => s === `award.png · ${png.length} B`);
    await waitForText(page, AT['ui.attach.kept_here']);
    await press(page, cmd('SubmitCardApplication'));
    await expectState(page, 'submitted_by_talent');
    const download = page.waitForEvent('download', { timeout: 15_000 });
    await clickWidget(page, fill(AT['ui.attach.download'], 'name', 'award.png'));
    const file = await download;
    assert.equal(file.suggestedFilename(), 'award.png');
    const chunks = [];
    for await (const c of await file.createReadStream()) chunks.push(c);
    assert.deepEqual(Buffer.concat(chunks), png);
  });
});

async function filterRequests(page, text) {
  await clickWidget(page, await reveal(page, SV['ui.service.filter_hint']));
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await typeText(page, text);
  await moveMouseAway(page);
}

test('attachments: the employer specialist files a service application with a JPEG, the window downloads it [S7.4] [S6.2.4]', async (t) => {
  const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('JFIF passport scan')]);
  const sha = createHash('sha256').update(jpeg).digest('hex');
  await withApp(t, { open: false }, async ({ server }) => {
    const people = await openPeople(server);
    let failed = true;
    try {
      const spec = (await people.person('e1.specialist', '#/specialist')).page;
      await press(spec, SV['ui.service.nav_specialist']);
      await poll(async () => (await visibleTexts(spec)).includes(SV['ui.service.file_title']), 'no service form');
      await clickWidget(spec, SV['ui.service.item']);
      await press(spec, `A2 ${A2.nameZh}`);
      await attach(spec, [{ name: '护照扫描件.jpg', mimeType: 'image/jpeg', buffer: jpeg }]);
      await waitForText(spec, AT['ui.attach.done'], { timeoutMs: 15_000 });
      await press(spec, cmd('FileServiceRequest'));
      await expectDone(spec, 'FileServiceRequest');
      await filterRequests(spec, 'SR-');
      const header = await waitForTextAnywhere(spec, (s) => /^SR-\S+ · /.test(s));
      const requestId = header.split(' · ')[0];
      await poll(async () => !(await visibleTexts(spec)).some((s) => s.includes(fill(UI['ui.status.pending'], 'n', '1'))),
        'the request was not sent', 15_000);

      const w = (await people.person('lixia.window', '#/window')).page;
      await press(w, SV['ui.service.nav_window']);
      await filterRequests(w, requestId);
      const link = fill(AT['ui.attach.download'], 'name', fill(AT['ui.attach.unnamed'], 'id', sha.slice(0, 8)));
      await findWidget(w, link, { timeoutMs: 20_000 });
      const download = w.waitForEvent('download', { timeout: 15_000 });
      await clickWidget(w, link);
      const file = await download;
      const chunks = [];
      for await (const c of await file.createReadStream()) chunks.push(c);
      assert.deepEqual(Buffer.concat(chunks), jpeg, 'the downloaded bytes are the JPEG the specialist attached');
      assert.equal(file.suggestedFilename(), `huicai-${sha.slice(0, 8)}.jpg`);
      people.assertNoPageErrors();
      failed = false;
    } finally {
      await people.close(failed ? t.name : undefined);
    }
  });
});
