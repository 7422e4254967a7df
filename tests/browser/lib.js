// Shared helpers of the browser flows: start Debian's chromium headless through puppeteer-core,
// run axe-core on a page, and fail on any console error (a CSP violation is one).
'use strict'
const fs = require('fs')
const path = require('path')
const puppeteer = require('puppeteer-core')
const axe = require('axe-core')

const base = process.env.COREGROUP_URL
if (!base || !/^http:\/\/127\.0\.0\.1:\d+$/.test(base)) {
  console.error('COREGROUP_URL must be http://127.0.0.1:PORT (tests talk to loopback only)')
  process.exit(2)
}

async function launch () {
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
    defaultViewport: { width: 1024, height: 900 }
  })
  const page = await browser.newPage()
  const problems = []
  // A page answered with an error status (a refused sign-in) is part of a flow; a stylesheet,
  // script or image that fails is not. CSP violations and script errors always count.
  page.on('console', msg => {
    if (msg.type() === 'error' && !msg.text().startsWith('Failed to load resource')) problems.push('console: ' + msg.text())
  })
  page.on('response', res => {
    if (res.status() >= 400 && res.request().resourceType() !== 'document') problems.push(`${res.status()}: ${res.url()}`)
  })
  page.on('pageerror', err => problems.push('page error: ' + err.message))
  page.on('requestfailed', req => problems.push('request failed: ' + req.url()))
  return { browser, page, problems }
}

// axe-core on the page as it is now: any serious or critical violation fails the flow.
async function checkAccessibility (page, name) {
  await page.evaluate(axe.source)
  const result = await page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] })
    return r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => n.target.join(' ')) }))
  })
  const bad = result.filter(v => v.impact === 'serious' || v.impact === 'critical')
  for (const v of result) console.log(`axe ${name}: ${v.impact} ${v.id}: ${v.help} (${v.nodes.join(', ')})`)
  if (bad.length) throw new Error(`axe-core: ${bad.length} serious or critical violation(s) on ${name}`)
  console.log(`axe ${name}: no serious or critical violation`)
}

// The whole page, or with `fullPage` false what the window shows now.
async function screenshot (page, name, fullPage = true) {
  const dir = process.env.COREGROUP_SCREENSHOTS
  if (!dir) return
  fs.mkdirSync(dir, { recursive: true })
  await page.screenshot({ path: path.join(dir, name + '.png'), fullPage })
}

function expect (condition, message) {
  if (!condition) throw new Error(message)
}

// Runs a flow; exit status 0 only when it finished with no console errors.
function run (flow) {
  (async () => {
    const { browser, page, problems } = await launch()
    try {
      await flow(page)
      if (problems.length) throw new Error('the browser reported:\n  ' + problems.join('\n  '))
      console.log('ok')
      await browser.close()
      process.exit(0)
    } catch (e) {
      console.error('FAILED: ' + e.message)
      await browser.close()
      process.exit(1)
    }
  })()
}

module.exports = { base, run, checkAccessibility, screenshot, expect }
