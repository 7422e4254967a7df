// The whole meeting at the table: a manager imports a case, prepares the next meeting, fills its
// minutes, passes the tablet round so three members sign the plan with drawn strokes (mouse, touch
// and pen-like moves on the pad) and one declines with a reason, approves the record, downloads
// the plan's PDF and checks it with pdftotext and `coregroup verify`. axe-core on each signing page.
'use strict'
const fs = require('fs')
const os = require('os')
const path = require('path')
const { execFileSync } = require('child_process')
const { base, run, checkAccessibility, screenshot, expect } = require('./lib')

const caseFile = process.env.COREGROUP_CASE_FILE
const binary = process.env.COREGROUP_BINARY
const theCase = JSON.parse(fs.readFileSync(caseFile, 'utf8'))
const reference = theCase.case_reference
const next = theCase.meeting.sequence + 1
// Before the last meeting's minutes fell due: the record then keeps the authority's timescales.
const meetingDate = process.env.COREGROUP_MEETING_DATE
const reason = 'Carl wants to read the plan with his advocate before he signs it.'

async function logIn (page) {
  await page.goto(base + '/login', { waitUntil: 'networkidle0' })
  await page.type('#username', process.env.COREGROUP_USER)
  await page.type('#password', process.env.COREGROUP_PASSWORD)
  await Promise.all([page.waitForNavigation(), page.click('form[action="/login"] button[type=submit]')])
}

async function replace (page, selector, text) {
  await page.click(selector, { clickCount: 3 })
  await page.keyboard.press('Backspace')
  await page.type(selector, text)
}

// The minutes, filled in as the minute-taker would (a plain form post, so nothing autosaves meanwhile).
async function fillMinutes (browser, minutesUrl) {
  const context = await browser.createBrowserContext()
  const page = await context.newPage()
  await page.setJavaScriptEnabled(false)
  await logIn(page)
  await page.goto(minutesUrl, { waitUntil: 'networkidle0' })
  for (const id of await page.$$eval('textarea[name^="item."][name$=".notes"]', es => es.map(e => e.id))) {
    await page.type('#' + id, 'Discussed; everyone agreed what was said.')
  }
  for (const id of await page.$$eval('input[type=radio][name^="attendance."][value="present"]', es => es.map(e => e.id))) {
    await page.click('#' + id)
  }
  for (const id of await page.$$eval('textarea[name^="voice."][name$=".views"]', es => es.map(e => e.id))) {
    await page.type('#' + id, 'Said they like going to nursery and seeing their grandma.')
  }
  await page.type('textarea[name="views.parents"]', 'Stacey said the plan is helping; Carl wants more contact.')
  await page.type('input[name="next.date"]', '2027-01-11')
  await Promise.all([page.waitForNavigation(), page.click('form#minutes-form > button[type=submit]')])
  expect(page.url().includes('saved=1'), 'the minutes are saved: ' + page.url())
  await context.close()
}

// A signature drawn on the pad: a few strokes of pointer moves across the canvas.
async function draw (page, how) {
  await page.waitForSelector('#signature-pad-box:not([hidden])')
  await page.$eval('#signature-pad', e => e.scrollIntoView({ block: 'center' })) // drawn where the window shows it
  const box = await (await page.$('#signature-pad')).boundingBox()
  const strokes = [[[0.1, 0.6], [0.2, 0.3], [0.3, 0.7], [0.4, 0.35], [0.5, 0.65]], [[0.55, 0.5], [0.7, 0.45], [0.9, 0.55]]]
  for (const stroke of strokes) {
    const points = stroke.map(([x, y]) => [box.x + x * box.width, box.y + y * box.height])
    if (how === 'touch') {
      const touch = await page.touchscreen.touchStart(...points[0])
      for (const p of points.slice(1)) await touch.move(...p)
      await touch.end()
    } else {
      await page.mouse.move(...points[0])
      await page.mouse.down()
      for (const p of points.slice(1)) await page.mouse.move(...p, { steps: 4 })
      await page.mouse.up()
    }
  }
}

async function openMember (page, name) {
  const href = await page.$$eval('#signers tbody tr', (rows, n) => {
    const row = rows.find(r => r.querySelector('th').textContent === n)
    return row && row.querySelector('a').getAttribute('href')
  }, name)
  expect(href, 'the list offers ' + name)
  await page.goto(base + href, { waitUntil: 'networkidle0' })
  expect((await page.$eval('h1', e => e.textContent)) === `${name}: the plan to sign`, 'the plan to sign opens for ' + name)
}

async function sign (page, name, how) {
  await openMember(page, name)
  await draw(page, how)
  await Promise.all([page.waitForNavigation(), page.click('#sign-form button[type=submit]')])
  const banner = await page.$eval('.govuk-notification-banner', e => e.textContent)
  expect(banner.includes(`${name} signed the plan.`), 'signed: ' + banner)
}

run(async page => {
  await logIn(page)
  const input = await page.$('#case-file')
  await input.uploadFile(caseFile)
  await Promise.all([page.waitForNavigation(), page.click('form[action="/cases/import"] button[type=submit]')])
  await replace(page, '#meeting-date', meetingDate)
  await Promise.all([page.waitForNavigation(), page.click('form[action="/case/prepare"] button[type=submit]')])
  expect(page.url().startsWith(base + '/case/meeting?'), 'the prepared meeting opens, not ' + page.url())
  const minutesUrl = base + await page.$eval('a.govuk-button[href^="/case/minutes"]', a => a.getAttribute('href'))
  await fillMinutes(page.browser(), minutesUrl)

  // The tablet goes round the table.
  await page.goto(page.url(), { waitUntil: 'networkidle0' })
  await Promise.all([page.waitForNavigation(), page.click('a[href^="/case/sign?"]')])
  expect((await page.$eval('h1', e => e.textContent)) === `Signing the plan of meeting ${next}`, 'the signing list opens')
  const signingUrl = page.url()
  await checkAccessibility(page, 'signing list')

  // A parent reads her own family plan, in large print, and signs with her finger.
  await openMember(page, 'Stacey Walker')
  const copy = await page.$eval('#plan-reading', e => e.textContent)
  expect(copy.includes('Copy for Stacey Walker'), 'Stacey reads her own family copy')
  await Promise.all([page.waitForNavigation(), page.click('a.govuk-button[href*="large=1"]')])
  const size = await page.$eval('#plan-reading p.govuk-body', e => parseFloat(getComputedStyle(e).fontSize))
  expect(size >= 27, 'large print is large: ' + size + 'px')
  await checkAccessibility(page, 'a parent\'s plan to sign, in large print')
  await screenshot(page, 'signing-plan', false)
  await draw(page, 'touch')
  await screenshot(page, 'signing', false)
  await Promise.all([page.waitForNavigation(), page.click('#sign-form button[type=submit]')])
  expect((await page.$eval('.govuk-notification-banner', e => e.textContent)).includes('Stacey Walker signed the plan.'),
    'Stacey has signed')

  // The lead social worker with a mouse; the nursery manager with a touch.
  await sign(page, 'Daniel Ashworth', 'mouse')
  await sign(page, 'Anita Desai', 'touch')

  // An empty pad is not a signature.
  await openMember(page, 'Gareth Hollins')
  await page.click('#sign-form button[type=submit]')
  await page.waitForSelector('#signature-error')
  expect((await page.$eval('#signature-error', e => e.textContent)).includes('Sign in the box'), 'an empty pad is refused')
  await checkAccessibility(page, 'a professional\'s plan to sign, with an empty pad refused')

  // A father declines, saying why.
  await page.goto(signingUrl, { waitUntil: 'networkidle0' })
  await openMember(page, 'Carl Walker')
  await page.type('#reason', reason)
  await Promise.all([page.waitForNavigation(), page.click('#decline-form button[type=submit]')])
  expect((await page.$eval('.govuk-notification-banner', e => e.textContent)).includes('Carl Walker did not sign the plan.'),
    'Carl has declined')
  const statuses = await page.$$eval('#signers tbody tr', rows => rows.map(r => r.querySelector('th').textContent + ': ' +
    r.querySelector('td[id^="status-"]').textContent))
  for (const name of ['Stacey Walker', 'Daniel Ashworth', 'Anita Desai']) {
    expect(statuses.some(s => s.startsWith(name + ': Signed on')), name + ' is listed as signed: ' + statuses.join('; '))
  }
  expect(statuses.includes('Carl Walker: Declined to sign'), 'Carl is listed as declined')
  const thumbnails = await page.$$eval('img.cg-signature-thumbnail', is => is.filter(i => i.complete && i.naturalWidth > 0).length)
  expect(thumbnails === 3, 'three signatures are shown: ' + thumbnails)
  await checkAccessibility(page, 'signing list, signed')
  await screenshot(page, 'signing-list')

  // The manager approves the record.
  await Promise.all([page.waitForNavigation(), page.click('a[href^="/case/approve?"]')])
  expect(await page.$('#approved-on'), 'the record may be approved: ' + await page.$eval('main', e => e.textContent))
  await replace(page, '#approved-on', meetingDate)
  await Promise.all([page.waitForNavigation(), page.click('form[action="/case/approve"] button[type=submit]')])
  expect(page.url().includes('approved=1'), 'approved: ' + page.url())

  // The plan's PDF names who signed and who declined; verify proves it against the exported case.
  const fetchBytes = href => page.evaluate(async h => {
    const r = await fetch(h)
    const bytes = new Uint8Array(await r.arrayBuffer())
    let s = ''
    for (const b of bytes) s += String.fromCharCode(b)
    return { status: r.status, base64: btoa(s) }
  }, href)
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coregroup-signing-'))
  try {
    const ref = encodeURIComponent(reference)
    const pdf = await fetchBytes(`/case/document?ref=${ref}&meeting=${next}&document=plan&format=pdf`)
    expect(pdf.status === 200, 'the plan downloads: ' + pdf.status)
    fs.writeFileSync(path.join(dir, 'plan.pdf'), Buffer.from(pdf.base64, 'base64'))
    const text = execFileSync('pdftotext', [path.join(dir, 'plan.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
    for (const name of ['Stacey Walker', 'Daniel Ashworth', 'Anita Desai', 'Carl Walker']) expect(text.includes(name), 'the plan names ' + name)
    expect(text.includes('Declined to sign: ' + reason), 'the plan gives Carl\'s reason')
    expect((text.match(/Signed on /g) || []).length >= 3, 'the plan has three signatures')
    const exported = await fetchBytes(`/case/export?ref=${ref}&meeting=${next}`)
    const caseText = Buffer.from(exported.base64, 'base64')
    fs.writeFileSync(path.join(dir, 'case.json'), caseText)
    for (const s of JSON.parse(caseText.toString('utf8')).signatures.filter(s => s.image)) {
      const png = await fetchBytes(`/case/signature?ref=${ref}&meeting=${next}&member=${encodeURIComponent(s.member)}`)
      expect(png.status === 200, 'the signature of ' + s.member + ' downloads')
      fs.mkdirSync(path.dirname(path.join(dir, s.image)), { recursive: true })
      fs.writeFileSync(path.join(dir, s.image), Buffer.from(png.base64, 'base64'))
    }
    const verified = execFileSync(binary, ['verify', path.join(dir, 'plan.pdf'), path.join(dir, 'case.json')], { encoding: 'utf8' })
    console.log(verified.trim())
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
})
