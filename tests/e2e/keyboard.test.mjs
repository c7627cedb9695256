// Scenario 1, the direct-issue Huicai Card, done with the keyboard alone and checked
// through Chromium's accessibility tree, as a person who cannot use a mouse and hears
// the page through a screen reader would (issue 14, S4.1). Tab and Shift+Tab move
// between controls, Enter presses, a text field takes what is typed (through the input
// method too) once Tab reaches it, the arrows move in a list or an open choice, Escape
// closes it. Every step waits on the tree: the control with focus, and the texts it
// holds. The mouse is never moved. What was announced on the way (each control reached,
// with its role and state, the texts read and the alerts) is kept in
// build/artifacts/keyboard-announcements.txt.
import test from 'node:test';
import assert from 'node:assert/strict';
import { withStaticApp } from './lib/static_fixture.mjs';
import { appState } from './lib/browser.mjs';
import { saveScreenshot } from './lib/artifacts.mjs';
import { cmd, cardState, directIssueDue, fill, UI, WF } from './lib/demo_flow.mjs';
import { documentHint, documentText, evidenceItems } from './lib/evidence.mjs';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { artifactsDir } from './lib/paths.mjs';
import { activate, focused, press, spokenAlert, tabTo, transcript, waitForAxControl, waitForAxText } from './lib/keyboard.mjs';
import { imeType, inputTaken, pinyinSteps, poll } from './lib/widgets.mjs';

const NAME = '李清照';

// The demo's role switcher: Tab to it, Enter opens it, Tab to the role, Enter.
async function switchRole(page, alias, route) {
  await activate(page, UI['ui.demo.switch_role']);
  await activate(page, UI[`ui.demo.role.${alias}`]);
  await poll(async () => (await appState(page)).route === route, `role ${alias} did not open ${route}`);
  await waitForAxControl(page, UI['ui.demo.switch_role'], (c) => c.role === 'combobox' && c.value === UI[`ui.demo.role.${alias}`]);
}

// Tabs to a text field (focus lands in it, ready to type), empties it and types.
async function fillField(page, name, text) {
  const f = await tabTo(page, name);
  assert.equal(f.role, 'textbox', `${name} is not a text box to the tree`);
  await inputTaken(page);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  if (/^[\x20-\x7e]*$/.test(text)) await page.keyboard.type(text, { delay: 20 });
  else await imeType(page, pinyinSteps('li qing zhao', text), text);
  await inputTaken(page);
}

const expectState = (page, id) => waitForAxText(page, fill(UI['ui.timeline.state'], 'state', cardState(id)));

test('keyboard alone: the direct-issue card from talent to province, read through the accessibility tree [S4.1] [S7.1] [S5.1.1]', async (t) => {
  await withStaticApp(t, { hash: '#/demo' }, async ({ app }) => {
    const { page } = app;
    const { today, due } = directIssueDue();
    await waitForAxText(page, fill(UI['ui.demo.today'], 'date', today));
    assert.equal(await focused(page), null, 'something has focus before a key was pressed');
    // Shift+Tab goes back; Escape closes an open choice and leaves it as it was.
    await tabTo(page, 'English');
    await press(page, 'Shift+Tab');
    assert.equal((await focused(page)).name, '中文');
    await activate(page, UI['ui.demo.switch_role'], { back: true });
    await waitForAxControl(page, UI['ui.demo.switch_role'], (c) => c.expanded === true);
    await press(page, 'Escape');
    await waitForAxControl(page, UI['ui.demo.switch_role'], (c) => c.expanded === false && c.value === UI['ui.demo.role.talent']);

    // 1. The talent: the name typed through the input method, the selection notice
    // described, the application submitted.
    await switchRole(page, 'talent', '#/talent');
    await fillField(page, UI['ui.talent.name_hint'], NAME);
    await waitForAxText(page, (s) => s === NAME);
    const [notice] = evidenceItems('direct.1').filter((i) => i.id === 'selection_notice');
    await fillField(page, documentHint(notice), documentText(notice));
    await activate(page, cmd('SubmitCardApplication'));
    await expectState(page, 'submitted_by_talent');
    await waitForAxText(page, fill(UI['ui.demo.done'], 'command', cmd('SubmitCardApplication')));
    await saveScreenshot(page, 'keyboard-talent-applied');

    // 2. The employer administrator assigns the specialist.
    await switchRole(page, 'employer_admin', '#/employer');
    await waitForAxText(page, (s) => s === NAME);
    await activate(page, fill(UI['ui.employer.assign_to'], 'name', '王专员'));
    await waitForAxText(page, fill(UI['ui.talent.specialist'], 'name', '王专员'));

    // 3. The specialist describes the nomination, completes and submits to the county.
    await switchRole(page, 'employer_specialist', '#/specialist');
    await expectState(page, 'specialist_assigned');
    const [nomination] = evidenceItems('direct.1').filter((i) => i.id === 'employer_nomination');
    await fillField(page, documentHint(nomination), documentText(nomination));
    await activate(page, cmd('CompleteApplication'));
    await expectState(page, 'completed_by_employer');
    await activate(page, cmd('SubmitToWindow'));
    await expectState(page, 'under_window_review');

    // 4. The county window: a return without a reason is refused, and the refusal is
    // spoken at once (an alert); then it approves and escalates.
    await switchRole(page, 'window_county', '#/window');
    await expectState(page, 'under_window_review');
    await activate(page, cmd('ReturnForRevision'));
    const refusal = fill(WF['error.card.reasons_required'], 'detail', 'reasons');
    await waitForAxText(page, fill(UI['ui.demo.rejected'], 'reason', refusal));
    assert.ok(await spokenAlert(page, fill(UI['ui.demo.rejected'], 'reason', refusal)), 'the refusal is not in an alert');
    await activate(page, cmd('ApproveAtWindow'));
    await expectState(page, 'approved_at_window');
    await activate(page, cmd('EscalateToUpperWindow'));
    await waitForAxText(page, UI['ui.window.empty']);

    // 5. The city window approves and escalates to the province.
    await switchRole(page, 'window_city', '#/window');
    await expectState(page, 'under_window_review');
    await activate(page, cmd('ApproveAtWindow'));
    await expectState(page, 'approved_at_window');
    await activate(page, cmd('EscalateToUpperWindow'));
    await waitForAxText(page, UI['ui.window.empty']);

    // 6. The province issues the card.
    await switchRole(page, 'window_province', '#/window');
    await waitForAxText(page, fill(UI['ui.timeline.due'], 'date', due));
    await activate(page, cmd('IssueCard'));
    await waitForAxText(page, UI['ui.window.empty']);
    await saveScreenshot(page, 'keyboard-province-issued');

    // 7. The talent opens the e-card.
    await switchRole(page, 'talent', '#/talent');
    await expectState(page, 'issued');
    await activate(page, UI['ui.talent.view_card']);
    await poll(async () => (await appState(page)).route === '#/card', 'the e-card did not open');
    await waitForAxText(page, fill(UI['ui.card.holder'], 'name', NAME));
    await waitForAxText(page, fill(UI['ui.card.number'], 'number', `SDHC-${today.slice(0, 4)}-000001`));
    await saveScreenshot(page, 'keyboard-e-card');
    // What a screen reader announced on the way, kept for the report.
    const lines = transcript(page);
    writeFileSync(path.join(artifactsDir(), 'keyboard-announcements.txt'), lines.join('\n') + '\n');
    t.diagnostic(`${lines.length} announcements in build/artifacts/keyboard-announcements.txt`);
  });
});
