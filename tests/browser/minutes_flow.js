// Prepares the next meeting of an imported case and records its minutes in the browser: the
// pre-filled agenda downloads, a vague action shows its findings beside its fields as it is typed
// and they go once it is put right, autosave keeps what was typed across a reload, and a second
// session saving an older version is told of the conflict. Then the plan editor: an outcome's
// words changed and saved, an outcome added with an action whose findings appear beside its
// fields as it is typed and which is autosaved. axe-core on each page.
'use strict'
const fs = require('fs')
const { base, run, checkAccessibility, screenshot, expect } = require('./lib')

const caseFile = process.env.COREGROUP_CASE_FILE
const theCase = JSON.parse(fs.readFileSync(caseFile, 'utf8'))
const reference = theCase.case_reference
const next = theCase.meeting.sequence + 1

async function logIn (page) {
  await page.goto(base + '/login', { waitUntil: 'networkidle0' })
  await page.type('#username', process.env.COREGROUP_USER)
  await page.type('#password', process.env.COREGROUP_PASSWORD)
  await Promise.all([page.waitForNavigation(), page.click('form[action="/login"] button[type=submit]')])
}

const savedVersion = page => page.$eval('input[name="version"]', e => Number(e.value))

// Waits until everything typed so far is saved: a save answered after `since`, and no change left.
async function autosaved (page, since) {
  const state = () => page.$eval('#autosave-status', e => e.textContent)
  try {
    await page.waitForFunction(v => Number(document.querySelector('input[name="version"]').value) > v &&
      document.getElementById('autosave-status').textContent.startsWith('Saved at'), { timeout: 20000 }, since)
    await new Promise(resolve => setTimeout(resolve, 3000)) // a save still to come would have started
    await page.waitForFunction(() => document.getElementById('autosave-status').textContent.startsWith('Saved at'),
      { timeout: 20000 })
  } catch (e) {
    throw new Error(`not autosaved after version ${since}: "${await state()}", version ${await savedVersion(page)}`)
  }
}

run(async page => {
  await logIn(page)
  const input = await page.$('#case-file')
  await input.uploadFile(caseFile)
  await Promise.all([page.waitForNavigation(), page.click('form[action="/cases/import"] button[type=submit]')])

  // The case page offers to prepare the next meeting, on the date the last one arranged.
  const arranged = await page.$eval('#meeting-date', e => e.value)
  expect(arranged === theCase.meeting.next_meeting.date, 'the arranged date is offered: ' + arranged)
  await checkAccessibility(page, 'case with the next meeting to prepare')
  await Promise.all([page.waitForNavigation(), page.click('form[action="/case/prepare"] button[type=submit]')])
  expect(page.url().startsWith(base + '/case/meeting?'), 'the prepared meeting opens, not ' + page.url())
  const banner = await page.$eval('.govuk-notification-banner', e => e.textContent)
  expect(banner.includes(`Meeting ${next} was prepared from meeting ${next - 1}`), 'prepared: ' + banner)
  await checkAccessibility(page, 'prepared meeting')
  await screenshot(page, 'prepared-meeting')

  // Its pre-filled agenda downloads as a PDF and a DOCX.
  for (const format of ['pdf', 'docx']) {
    const href = await page.$eval(`a[href*="document=agenda"][href*="format=${format}"]`, a => a.getAttribute('href'))
    const head = await page.evaluate(async h => {
      const r = await fetch(h)
      const bytes = new Uint8Array(await r.arrayBuffer())
      return r.status + ' ' + String.fromCharCode(...bytes.slice(0, 4))
    }, href)
    expect(head === (format === 'pdf' ? '200 %PDF' : '200 PK\u0003\u0004'), `the agenda ${format} downloads: ${head}`)
  }

  await Promise.all([page.waitForNavigation(), page.click('a.govuk-button[href^="/case/minutes"]')])
  const minutesUrl = page.url()
  expect((await page.$eval('h1', e => e.textContent)) === `Minutes of meeting ${next}`, 'the minutes editor opens')
  await checkAccessibility(page, 'minutes editor')
  await screenshot(page, 'minutes', false)

  // Notes and attendance.
  const firstNotes = await page.$eval('textarea[name^="item."][name$=".notes"]', e => e.id)
  await page.type('#' + firstNotes, 'Everyone introduced themselves.')
  // What the rules find about no field (members missing from the attendance) is in an error
  // summary at the top of the form, announced when it appears, and kept up to date.
  const missing = () => page.$$eval('#form-findings li', es => es.filter(e => e.textContent.includes('is not in the attendance list')).length)
  await page.waitForFunction(() => document.querySelector('form.cg-editor #form-findings [role="alert"] li'), { timeout: 15000 })
  const missingBefore = await missing()
  expect(missingBefore > 0, 'the members missing from the attendance are summarised')
  const firstStatus = await page.$eval('input[type=radio][name^="attendance."][value="present"]', e => e.id)
  await page.click('#' + firstStatus)
  await page.waitForFunction(n => [...document.querySelectorAll('#form-findings li')]
    .filter(e => e.textContent.includes('is not in the attendance list')).length === n - 1, { timeout: 15000 }, missingBefore)
  expect(!(await page.$('#form-findings [role="alert"]')), 'a summary already shown is not announced again')

  // An action added to the first outcome (a plain form post) ...
  await Promise.all([page.waitForNavigation(), page.click('button[name="add_action"]')])
  const what = new URL(page.url()).hash.slice(1)
  expect(/^action-.*-what$/.test(what), 'the new action is named in the address: ' + page.url())
  const action = what.slice(0, -'-what'.length)
  // ... is vague: its findings appear beside its fields as it is typed.
  await page.type('#' + what, 'To monitor and support the family')
  await page.waitForFunction(id => document.getElementById(id + '-who-error') && document.getElementById(id + '-by-error') &&
    document.getElementById(id + '-what-error'), { timeout: 15000 }, action)
  const whoError = await page.$eval('#' + action + '-who-error', e => e.textContent)
  expect(whoError.includes('has no owner'), 'the owner finding is beside "Who will do it": ' + whoError)
  const byError = await page.$eval('#' + action + '-by-error', e => e.textContent)
  expect(byError.includes('no timescale'), 'the timescale finding is beside "By when": ' + byError)
  const styled = await page.$eval('#' + what, e => e.classList.contains('govuk-textarea--error') &&
    e.closest('.govuk-form-group').classList.contains('govuk-form-group--error'))
  expect(styled, 'the vague field is in the GOV.UK error style')
  await page.$eval('#' + what, e => e.closest('fieldset').scrollIntoView())
  await checkAccessibility(page, 'minutes with a finding')
  await screenshot(page, 'minutes-finding', false)

  // Put right, the findings go.
  const before = await savedVersion(page)
  await page.click('#' + what, { clickCount: 3 })
  await page.type('#' + what, 'Stacey to take the children to Bispham Dental Practice for a check-up')
  await page.click('#' + action + '-who')
  await page.type('#' + action + '-by', '2027-02-01')
  await page.type('#' + action + '-how_measured', 'The dentist\'s letter, seen by the social worker')
  await page.waitForFunction(id => !document.getElementById(id + '-who-error') && !document.getElementById(id + '-by-error') &&
    !document.getElementById(id + '-what-error') && !document.getElementById(id + '-how_measured-error'),
  { timeout: 15000 }, action)
  const fixedWhat = await page.$eval('#' + what, e => e.classList.contains('govuk-textarea--error'))
  expect(!fixedWhat, 'the fixed field is no longer marked')

  // Autosaved: a reload shows everything typed.
  await autosaved(page, before)
  await page.reload({ waitUntil: 'networkidle0' })
  expect((await page.$eval('#' + what, e => e.value)).startsWith('Stacey to take the children'), 'the action is kept')
  expect((await page.$eval('#' + action + '-by', e => e.value)) === '2027-02-01', 'its date is kept')
  expect(await page.$eval('#' + action + '-who', e => e.checked), 'its owner is kept')
  expect((await page.$eval('#' + firstNotes, e => e.value)) === 'Everyone introduced themselves.', 'the notes are kept')
  expect(await page.$eval('#' + firstStatus, e => e.checked), 'the attendance is kept')

  // Closing the tab while a save is under way loses nothing: the last save is sent at once as the
  // tab goes (keepalive), on the version the page was opened at, and the server takes it as the
  // same tab going on. Here every answer to the tab takes a minute to arrive, so the first save
  // is stored but still under way when the tab closes.
  const closing = await page.browser().newPage()
  await closing.goto(minutesUrl, { waitUntil: 'networkidle0' })
  await closing.evaluate(() => {
    const realFetch = window.fetch
    window.fetch = (url, options) => {
      const sent = realFetch(url, options)
      return options && options.keepalive ? sent : sent.then(res => new Promise(resolve => setTimeout(() => resolve(res), 60000)))
    }
  })
  const lastNotes = await closing.$$eval('textarea[name^="item."][name$=".notes"]', es => es[2].id)
  await closing.type('#' + lastNotes, 'Typed before the first save.')
  await closing.waitForFunction(() => document.getElementById('autosave-status').textContent.startsWith('Saving'),
    { timeout: 15000 })
  await new Promise(resolve => setTimeout(resolve, 1500)) // the server has it by now
  await closing.type('#' + lastNotes, ' And the last words, as the tab closes.')
  await closing.close({ runBeforeUnload: true })
  await new Promise(resolve => setTimeout(resolve, 1500))
  await page.reload({ waitUntil: 'networkidle0' })
  const kept = await page.$eval('#' + lastNotes, e => e.value)
  expect(kept === 'Typed before the first save. And the last words, as the tab closes.', 'the last words are kept: ' + kept)

  // Enter in a one-line field saves the minutes (the form's first submit button is a Save, not
  // "Add an action"): the address names no new action.
  const actionsBefore = await page.$$eval('textarea[name^="action."][name$=".what"]', es => es.length)
  await page.focus('#' + action + '-by')
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')])
  expect(page.url().includes('saved=1') && !page.url().includes('#'), 'Enter saves: ' + page.url())
  const actionsAfter = await page.$$eval('textarea[name^="action."][name$=".what"]', es => es.length)
  expect(actionsAfter === actionsBefore, `Enter added no action: ${actionsBefore} then ${actionsAfter}`)

  // A second session opens the minutes; the first saves again; the second's save is refused.
  const other = await page.browser().createBrowserContext()
  const second = await other.newPage()
  await logIn(second)
  await second.goto(minutesUrl, { waitUntil: 'networkidle0' })
  const stale = await savedVersion(second)
  const decisions = 'The plan continues; the review conference is on the date set.'
  await page.bringToFront() // a tab in the background is not typed in, and its timers are held back
  await page.type('#decisions', decisions)
  await autosaved(page, stale)
  await second.bringToFront()
  await second.type('#decisions', 'The second session typed this.')
  const [answer] = await Promise.all([second.waitForNavigation(), second.click('form#minutes-form > button[type=submit]')])
  expect(answer.status() === 409, 'the older version is refused with 409, not ' + answer.status())
  const title = await second.$eval('h1', e => e.textContent)
  expect(title === 'Someone else changed these minutes first', 'the conflict is explained: ' + title)
  const table = await second.$eval('#conflict-changes', e => e.textContent)
  expect(table.includes(decisions) && table.includes('The second session typed this.'), 'both versions are shown: ' + table)
  await checkAccessibility(second, 'conflict')
  await screenshot(second, 'minutes-conflict')
  await other.close()
  await page.bringToFront()

  // The first session's version stands.
  await page.goto(minutesUrl, { waitUntil: 'networkidle0' })
  expect((await page.$eval('#decisions', e => e.value)) === decisions, 'the saved decisions stand')

  // Without JavaScript the form saves with its button, and the findings come back in an error
  // summary that links to the fields, each with its message beside it.
  const plain = await page.browser().createBrowserContext()
  const noScript = await plain.newPage()
  await noScript.setJavaScriptEnabled(false)
  await logIn(noScript)
  await noScript.goto(minutesUrl, { waitUntil: 'networkidle0' })
  const notes = await noScript.$$eval('textarea[name^="item."][name$=".notes"]', es => es[1].id)
  await noScript.type('#' + notes, 'Typed without JavaScript.')
  await Promise.all([noScript.waitForNavigation(), noScript.click('form#minutes-form > button[type=submit]')])
  expect(noScript.url().includes('saved=1'), 'saved without JavaScript: ' + noScript.url())
  expect((await noScript.$eval('#' + notes, e => e.value)) === 'Typed without JavaScript.', 'the notes are saved')
  const links = await noScript.$$eval('.govuk-error-summary a', as => as.map(a => a.getAttribute('href')))
  expect(links.length > 0, 'the findings are summarised')
  for (const href of links.slice(0, 5)) {
    const beside = await noScript.$eval(href + '-error', e => e.textContent).catch(() => '')
    expect(beside.startsWith('Error:'), 'the finding linked as ' + href + ' is beside its field')
  }
  await noScript.setJavaScriptEnabled(true) // for axe-core, on the page as the server sent it
  await checkAccessibility(noScript, 'minutes saved without JavaScript')
  await plain.close()

  // The plan editor, from the meeting's page.
  await page.goto(base + '/case/meeting?ref=' + encodeURIComponent(reference) + '&meeting=' + next, { waitUntil: 'networkidle0' })
  await Promise.all([page.waitForNavigation(), page.click('a[href^="/case/plan?"]')])
  const planUrl = page.url()
  expect((await page.$eval('h1', e => e.textContent)) === `The plan at meeting ${next}`, 'the plan editor opens')
  await checkAccessibility(page, 'plan editor')
  await screenshot(page, 'plan', false)
  const firstOutcome = await page.$eval('textarea[name^="outcome."][name$=".outcome"]', e => e.id)
  const outcomeWords = 'The children are safe at home, in a clean house, every day.'
  await page.click('#' + firstOutcome, { clickCount: 3 })
  await page.$eval('#' + firstOutcome, e => { e.value = '' })
  await page.type('#' + firstOutcome, outcomeWords)
  await Promise.all([page.waitForNavigation(), page.click('form#plan-form .govuk-button-group button[type=submit]:not([name])')])
  expect(page.url().includes('saved=1'), 'the plan is saved: ' + page.url())
  expect((await page.$eval('#' + firstOutcome, e => e.value)) === outcomeWords, 'the outcome is saved')

  // An outcome added (a plain form post), named in the address, and an action added to it ...
  await Promise.all([page.waitForNavigation(), page.click('button[name="add_outcome"]')])
  const newOutcome = new URL(page.url()).hash.slice(1)
  expect(/^outcome-.*-outcome$/.test(newOutcome), 'the new outcome is named in the address: ' + page.url())
  await page.type('#' + newOutcome, 'The children go to school every day.')
  const outcomeId = await page.$eval('#' + newOutcome, e => e.name.split('.')[1])
  await Promise.all([page.waitForNavigation(), page.click(`button[name="add_action"][value="${outcomeId}"]`)])
  const newWhat = new URL(page.url()).hash.slice(1)
  expect(newWhat.startsWith(`action-${outcomeId}-`), 'the new action is named in the address: ' + page.url())
  expect((await page.$eval('#' + newOutcome, e => e.value)) === 'The children go to school every day.', 'the new outcome is kept')
  // ... whose vague words get their finding beside the field as they are typed.
  const newAction = newWhat.slice(0, -'-what'.length)
  const planVersion = await savedVersion(page)
  await page.type('#' + newWhat, 'To monitor and support the family')
  await page.waitForFunction(id => document.getElementById(id + '-what-error') && document.getElementById(id + '-who-error'),
    { timeout: 15000 }, newAction)
  await page.$eval('#' + newWhat, e => e.closest('fieldset').scrollIntoView())
  await checkAccessibility(page, 'plan with a finding')
  await screenshot(page, 'plan-finding', false)
  // Autosaved like the minutes: a reload shows what was typed.
  await autosaved(page, planVersion)
  await page.goto(planUrl, { waitUntil: 'networkidle0' })
  expect((await page.$eval('#' + newWhat, e => e.value)) === 'To monitor and support the family', 'the plan is autosaved')
})
